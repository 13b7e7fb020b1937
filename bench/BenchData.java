import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmarks' data, generated straight into the server's database with INSERT ... SELECT: for each
 * user, 30 retailers and 50 brands made through the API, then purchases of 1,500 different products (a
 * heavy user over ten years buys the same things again) over the last ten years in three
 * currencies (USD, EUR, JPY at 0 decimals) with categories, tags, notes, quantities 1–3, a seventh tax
 * deductible, and a warranty for every third (active, recorded as expired, or voided), spread like real
 * data. Each user gets as many, so the owner filter matters.
 */
final class BenchData {

    static final String PASSWORD = "a long bench passphrase";

    /** A registered user with its vendors: its token and the ids the generator spread its purchases over. */
    record BenchUser(String name, String token, String id, List<String> retailers, List<String> brands) {
    }

    private BenchData() {
    }

    static BenchUser user(BenchHttp http, String name) throws Exception {
        http.post("/auth/register", null, "{\"username\": \"" + name + "\", \"email\": \"" + name + "@example.com\", \"password\": \""
                + PASSWORD + "\"}");
        String token = BenchHttp.field(http.post("/auth/login", null, "{\"username\": \"" + name + "\", \"password\": \"" + PASSWORD + "\"}"),
                "access_token");
        List<String> retailers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            retailers.add(BenchHttp.field(http.post("/retailers", token, "{\"name\": \"Retailer " + i + "\"}"), "id"));
        }
        List<String> brands = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            brands.add(BenchHttp.field(http.post("/brands", token, "{\"name\": \"Brand " + i + "\"}"), "id"));
        }
        return new BenchUser(name, token, BenchHttp.field(http.get("/users/me", token), "id"), retailers, brands);
    }

    /** {@code count} purchases (and their warranties) for each user, then what autovacuum would do after a bulk load. */
    static void generate(Connection db, int count, BenchUser... users) throws Exception {
        long started = System.nanoTime();
        try (Statement statement = db.createStatement()) {
            for (BenchUser user : users) {
                statement.execute(purchases(user, count));
                statement.execute(warranties(user));
            }
            // statistics, and the visibility map index-only scans need
            statement.execute("VACUUM ANALYZE purchases");
            statement.execute("VACUUM ANALYZE warranties");
            System.out.printf("generated %,d purchases for each of %d users in %.1f s%n", count, users.length,
                    (System.nanoTime() - started) / 1e9);
            ResultSet size = statement.executeQuery("SELECT pg_size_pretty(pg_total_relation_size('purchases')), "
                    + "pg_size_pretty(pg_indexes_size('purchases')), (SELECT count(*) FROM warranties)");
            size.next();
            System.out.printf("purchases table with indexes: %s (indexes %s); %,d warranties%n%n", size.getString(1), size.getString(2),
                    size.getLong(3));
        }
    }

    private static String purchases(BenchUser user, int count) {
        String retailers = uuids(user.retailers());
        String brands = uuids(user.brands());
        return """
                INSERT INTO purchases (id, user_id, product_name, price, currency_code, purchase_date, category, retailer_id,
                                       brand_id, notes, tax_deductible, model_number, serial_number, quantity, tags,
                                       created_at, updated_at)
                SELECT gen_random_uuid(), '%s', name, CASE currency WHEN 'JPY' THEN round(price * 150) ELSE price END, currency,
                       current_date - (random() * 3650)::int, category, retailer, brand, notes, deductible, model, serial,
                       quantity, tags, created, created
                FROM (SELECT n,
                             (ARRAY['Cordless drill','Espresso machine','Office chair','Desk lamp','Headphones','Winter jacket',
                                    'Running shoes','Blender','Monitor','Bookshelf','Garden hose','Backpack'])[1 + n %% 12] || ' ' || (n %% 1500) AS name,
                             round((1 + random() * 999)::numeric, 2) AS price,
                             CASE WHEN n %% 10 < 6 THEN 'USD' WHEN n %% 10 < 9 THEN 'EUR' ELSE 'JPY' END AS currency,
                             (ARRAY['Electronics','Kitchen','Office','Clothing','Garden','Tools','Sports','Home'])[1 + n %% 8] AS category,
                             CASE WHEN n %% 3 = 0 THEN NULL ELSE (%s)[1 + n %% 30] END AS retailer,
                             CASE WHEN n %% 4 = 0 THEN NULL ELSE (%s)[1 + n %% 50] END AS brand,
                             CASE WHEN n %% 5 = 0 THEN 'bought on sale, keep the receipt ' || md5(n::text) END AS notes,
                             n %% 7 = 0 AS deductible, 'MD-' || (n %% 5000) AS model, 'SN-' || lpad(n::text, 8, '0') AS serial,
                             1 + n %% 3 AS quantity,
                             CASE n %% 6 WHEN 0 THEN ARRAY['gift'] WHEN 1 THEN ARRAY['work','tax'] WHEN 2 THEN ARRAY['home']
                                         ELSE ARRAY[]::text[] END AS tags,
                             now() - make_interval(secs => n) AS created
                      FROM generate_series(1, %d) AS n) AS generated""".formatted(user.id(), retailers, brands, count);
    }

    /** Every third purchase: one to three years from the purchase, so some end soon, many have ended. */
    private static String warranties(BenchUser user) {
        return """
                INSERT INTO warranties (id, user_id, purchase_id, warranty_start, warranty_end, warranty_type, status, created_at, updated_at)
                SELECT gen_random_uuid(), p.user_id, p.id, p.purchase_date, p.purchase_date + (365 * (1 + n %% 3))::int,
                       CASE WHEN n %% 2 = 0 THEN 'manufacturer' ELSE 'extended' END,
                       CASE WHEN n %% 40 = 0 THEN 'VOIDED' WHEN n %% 17 = 0 THEN 'EXPIRED' ELSE 'ACTIVE' END,
                       p.created_at, p.created_at
                FROM (SELECT p.*, row_number() OVER () AS n FROM purchases p WHERE p.user_id = '%s') p
                WHERE n %% 3 = 0""".formatted(user.id());
    }

    private static String uuids(List<String> ids) {
        return "ARRAY[" + String.join(",", ids.stream().map(id -> "'" + id + "'::uuid").toList()) + "]::uuid[]";
    }
}
