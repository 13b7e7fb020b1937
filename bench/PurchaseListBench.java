import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Times GET /api/v1/purchases — which always counts and reads one page — over HTTP for the default list,
 * each sort order, each filter and a deep page, with {@link BenchData}'s purchases for two users.
 *
 * Run through bench/purchases-list.sh, which starts the server; arguments: API base URL, JDBC URL, count.
 */
public class PurchaseListBench {

    private static final int WARM_UP = 5;
    private static final int RUNS = 30;

    public static void main(String[] args) throws Exception {
        BenchHttp http = new BenchHttp(args[0]);
        String jdbcUrl = args[1];
        int count = Integer.parseInt(args[2]);

        BenchData.BenchUser bench = BenchData.user(http, "bench");
        BenchData.BenchUser other = BenchData.user(http, "other");
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            BenchData.generate(db, count, bench, other);
        }
        String token = bench.token();

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
        queries.put("retailer_id", "retailer_id=" + bench.retailers().get(7));
        queries.put("brand_id", "brand_id=" + bench.brands().get(11));
        queries.put("one month", "date_from=2023-03-01&date_to=2023-03-31");
        queries.put("price 100-200", "min_price=100&max_price=200");
        queries.put("tax_deductible=true", "tax_deductible=true");
        queries.put("currency_code=EUR", "currency_code=EUR");
        queries.put("category+year+sort price", "category=Kitchen&date_from=2022-01-01&date_to=2022-12-31&sort_by=price");

        System.out.printf("%-28s %10s %10s %10s%n", "GET /purchases?…", "total", "median ms", "p95 ms");
        for (Map.Entry<String, String> query : queries.entrySet()) {
            String path = "/purchases?" + query.getValue();
            String total = BenchHttp.field(http.get(path, token), "total");
            long[] times = new long[RUNS];
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long start = System.nanoTime();
                http.get(path, token);
                if (i >= WARM_UP) {
                    times[i - WARM_UP] = System.nanoTime() - start;
                }
            }
            double[] ms = BenchHttp.medianAndP95(times);
            System.out.printf("%-28s %10s %10.1f %10.1f%n", query.getKey(), total, ms[0], ms[1]);
        }
    }
}
