import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates purchases for one user straight into the server's database (one INSERT ... SELECT, with
 * retailers, brands, categories, tags and notes spread like real data; a second user gets as many, so
 * the owner filter matters), then times GET /api/v1/purchases — which always counts and reads one
 * page — over HTTP for the default list, each sort order, each filter and a deep page.
 *
 * Run through bench/purchases-list.sh, which starts the server; arguments: API base URL, JDBC URL, count.
 */
public class PurchaseListBench {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int WARM_UP = 5;
    private static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbcUrl = args[1];
        int count = Integer.parseInt(args[2]);

        String token = login(base, "bench");
        String otherToken = login(base, "other");
        List<String> retailers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            retailers.add(id(post(base + "/retailers", token, "{\"name\": \"Retailer " + i + "\"}")));
        }
        List<String> brands = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            brands.add(id(post(base + "/brands", token, "{\"name\": \"Brand " + i + "\"}")));
        }
        String owner = field(get(base + "/users/me", token), "id");
        String otherOwner = field(get(base + "/users/me", otherToken), "id");

        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            long started = System.nanoTime();
            generate(db, owner, count, retailers, brands);
            generate(db, otherOwner, count, List.of(), List.of());
            // what autovacuum does shortly after a bulk load: statistics, and the visibility map index-only scans need
            db.createStatement().execute("VACUUM ANALYZE purchases");
            System.out.printf("generated %,d purchases for each of 2 users in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
            ResultSet size = db.createStatement().executeQuery(
                    "SELECT pg_size_pretty(pg_total_relation_size('purchases')), pg_size_pretty(pg_indexes_size('purchases'))");
            size.next();
            System.out.printf("purchases table with indexes: %s (indexes %s)%n%n", size.getString(1), size.getString(2));
        }

        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("default (newest first)", "");
        queries.put("page 2500 of 20", "page=2500&size=20");
        queries.put("sort_by=price asc", "sort_by=price&sort_order=asc");
        queries.put("sort_by=product_name asc", "sort_by=product_name&sort_order=asc");
        queries.put("sort_by=created_at", "sort_by=created_at");
        queries.put("size=100", "size=100");
        queries.put("search=drill", "search=drill");
        queries.put("search=sn-00012", "search=sn-00012");
        queries.put("category=Electronics", "category=Electronics");
        queries.put("tag=gift", "tag=gift");
        queries.put("retailer_id", "retailer_id=" + retailers.get(7));
        queries.put("brand_id", "brand_id=" + brands.get(11));
        queries.put("one month", "date_from=2023-03-01&date_to=2023-03-31");
        queries.put("price 100-200", "min_price=100&max_price=200");
        queries.put("tax_deductible=true", "tax_deductible=true");
        queries.put("currency_code=EUR", "currency_code=EUR");
        queries.put("category+year+sort price", "category=Kitchen&date_from=2022-01-01&date_to=2022-12-31&sort_by=price");

        System.out.printf("%-28s %10s %10s %10s%n", "GET /purchases?…", "total", "median ms", "p95 ms");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            String url = base + "/purchases?" + query.getValue();
            String total = field(get(url, token), "total");
            long[] times = new long[RUNS];
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                get(url, token);
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = System.nanoTime() - start;
                }
            }
            Arrays.sort(times);
            System.out.printf("%-28s %10s %10.1f %10.1f%n", query.getKey(), total, times[RUNS / 2] / 1e6,
                    times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6);
        }
    }

    private static void generate(Connection db, String owner, int count, List<String> retailers, List<String> brands)
            throws Exception {
        String retailerArray = "ARRAY[" + String.join(",", retailers.stream().map(r -> "'" + r + "'::uuid").toList()) + "]::uuid[]";
        String brandArray = "ARRAY[" + String.join(",", brands.stream().map(b -> "'" + b + "'::uuid").toList()) + "]::uuid[]";
        db.createStatement().execute("""
                INSERT INTO purchases (id, user_id, product_name, price, currency_code, purchase_date, category, retailer_id,
                                       brand_id, notes, tax_deductible, model_number, serial_number, quantity, tags,
                                       created_at, updated_at)
                SELECT gen_random_uuid(), '%s',
                       (ARRAY['Cordless drill','Espresso machine','Office chair','Desk lamp','Headphones','Winter jacket',
                              'Running shoes','Blender','Monitor','Bookshelf','Garden hose','Backpack'])[1 + n %% 12] || ' ' || n,
                       round((1 + random() * 999)::numeric, 2),
                       CASE WHEN n %% 10 = 0 THEN 'EUR' ELSE 'USD' END,
                       DATE '2019-01-01' + (random() * 2500)::int,
                       (ARRAY['Electronics','Kitchen','Office','Clothing','Garden','Tools','Sports','Home'])[1 + n %% 8],
                       CASE WHEN cardinality(%s) = 0 OR n %% 3 = 0 THEN NULL ELSE (%s)[1 + n %% 30] END,
                       CASE WHEN cardinality(%s) = 0 OR n %% 4 = 0 THEN NULL ELSE (%s)[1 + n %% 50] END,
                       CASE WHEN n %% 5 = 0 THEN 'bought on sale, keep the receipt ' || md5(n::text) END,
                       n %% 7 = 0,
                       'MD-' || (n %% 5000),
                       'SN-' || lpad(n::text, 8, '0'),
                       1 + n %% 3,
                       CASE n %% 6 WHEN 0 THEN ARRAY['gift'] WHEN 1 THEN ARRAY['work','tax'] WHEN 2 THEN ARRAY['home']
                                   ELSE ARRAY[]::text[] END,
                       now() - make_interval(secs => n), now() - make_interval(secs => n)
                FROM generate_series(1, %d) AS n""".formatted(owner, retailerArray, retailerArray, brandArray, brandArray, count));
    }

    private static String login(String base, String name) throws Exception {
        String password = "a long bench passphrase";
        post(base + "/auth/register", null, "{\"username\": \"" + name + "\", \"email\": \"" + name + "@example.com\", \"password\": \""
                + password + "\"}");
        return field(post(base + "/auth/login", null, "{\"username\": \"" + name + "\", \"password\": \"" + password + "\"}"),
                "access_token");
    }

    private static String get(String url, String token) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String post(String url, String token, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String id(String json) {
        return field(json, "id");
    }

    /** The first value of a top-level string or number field; enough for these fixed response shapes. */
    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
