package io.spendvault.adapters.rest.userdata;

import io.spendvault.application.userdata.port.in.AccountData;
import io.spendvault.domain.spending.Purchase;
import io.spendvault.domain.spending.PurchaseDetails;
import io.spendvault.domain.spending.PurchaseOverview;
import io.spendvault.domain.spending.Warranty;
import io.spendvault.domain.spending.WarrantyDetails;
import io.spendvault.domain.spending.WarrantyOverview;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The spreadsheet export: RFC 4180 (CRLF, fields quoted where needed), UTF-8, one header row with fixed
 * columns, then one row per record as the snapshot hands them over. Empty cells are absent values;
 * tags are joined with {@code ,}; dates ISO-8601; prices plain decimals; every cell passes
 * {@link CsvCells#neutralise}.
 */
final class ExportCsvWriter {

    static final List<String> PURCHASE_COLUMNS = List.of("id", "product_name", "price", "currency_code", "purchase_date",
            "category", "retailer_id", "brand_id", "notes", "tax_deductible", "model_number", "serial_number",
            "retailer_order_number", "quantity", "link", "return_deadline", "return_policy", "tags", "created_at",
            "updated_at", "retailer_name", "brand_name", "warranty_end", "attachments_count");

    static final List<String> WARRANTY_COLUMNS = List.of("id", "purchase_id", "product_name", "warranty_start",
            "warranty_end", "warranty_type", "provider", "notes", "status", "effective_status", "created_at", "updated_at");

    /** What {@code ?type=} exports. */
    enum Kind { PURCHASES, WARRANTIES }

    private ExportCsvWriter() {
    }

    static void write(AccountData data, Kind kind, OutputStream out) throws IOException {
        BufferedWriter text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        List<String> columns = kind == Kind.PURCHASES ? PURCHASE_COLUMNS : WARRANTY_COLUMNS;
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get();
        CSVPrinter csv = new CSVPrinter(text, format);
        if (kind == Kind.PURCHASES) {
            data.purchases(rows(csv, ExportCsvWriter::purchase));
        } else {
            data.warranties(rows(csv, ExportCsvWriter::warranty));
        }
        csv.flush(); // not closed: the stream belongs to the caller (a ZIP has more entries to write)
    }

    private static <T> Consumer<T> rows(CSVPrinter csv, java.util.function.Function<T, List<Object>> cells) {
        return record -> {
            try {
                List<Object> row = new ArrayList<>();
                for (Object cell : cells.apply(record)) {
                    row.add(cell == null ? null : CsvCells.neutralise(cell.toString()));
                }
                csv.printRecord(row);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private static List<Object> purchase(PurchaseOverview overview) {
        Purchase purchase = overview.purchase();
        PurchaseDetails details = purchase.details();
        return nullable(purchase.id().value(), details.productName(), details.price().amount().toPlainString(),
                details.price().currency().value(), details.purchaseDate(), details.category(),
                details.retailerId() == null ? null : details.retailerId().value(),
                details.brandId() == null ? null : details.brandId().value(), details.notes(), details.taxDeductible(),
                details.modelNumber(), details.serialNumber(), details.retailerOrderNumber(), details.quantity(),
                details.link(), details.returnDeadline(), details.returnPolicy(), String.join(",", details.tags().values()),
                purchase.createdAt(), purchase.updatedAt(), overview.retailer() == null ? null : overview.retailer().name(),
                overview.brand() == null ? null : overview.brand().name(), overview.warrantyExpiry(),
                overview.attachmentsCount());
    }

    private static List<Object> warranty(WarrantyOverview overview) {
        Warranty warranty = overview.warranty();
        WarrantyDetails details = warranty.details();
        return nullable(warranty.id().value(), details.purchaseId().value(), overview.purchase().productName(),
                details.warrantyStart(), details.warrantyEnd(), details.warrantyType(), details.provider(), details.notes(),
                details.status().name(), overview.status().name(), warranty.createdAt(), warranty.updatedAt());
    }

    /** A row's cells in column order; {@code List.of} refuses the nulls of absent values. */
    private static List<Object> nullable(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
