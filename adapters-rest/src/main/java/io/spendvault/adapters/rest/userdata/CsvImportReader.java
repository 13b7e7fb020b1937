package io.spendvault.adapters.rest.userdata;

import io.spendvault.application.userdata.port.in.ImportProblem;
import io.spendvault.application.userdata.port.in.ImportSource;
import io.spendvault.domain.common.PayloadTooLargeException;
import io.spendvault.domain.common.RuleViolationException;
import io.spendvault.domain.spending.PurchaseDetails;
import io.spendvault.domain.spending.Tags;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a purchases CSV in the export's layout ({@link ExportCsvWriter#PURCHASE_COLUMNS}): a header row
 * naming some or all of those columns, in any order, then one purchase per row, streamed. Retailers and
 * brands are named in {@code retailer_name} and {@code brand_name} (the ids are the exporting account's);
 * {@code warranty_end} becomes a warranty. Cells are restored from their formula-safe form; the
 * computed {@code attachments_count} is ignored.
 */
final class CsvImportReader implements ImportSource {

    private static final Set<String> REQUIRED = Set.of("product_name", "price", "purchase_date");

    private final JsonImportReader.Document document;
    private final long maxRows;
    private final List<ImportProblem> problems = new ArrayList<>();

    CsvImportReader(JsonImportReader.Document document, long maxRows) {
        this.document = document;
        this.maxRows = maxRows;
    }

    /** Checks the header before anything is imported: one clear error for what it lacks or does not know. */
    CsvImportReader checked() {
        read(parser -> {
            List<String> header = parser.getHeaderNames();
            Set<String> known = new HashSet<>(ExportCsvWriter.PURCHASE_COLUMNS);
            Set<String> unknown = new LinkedHashSet<>();
            for (String column : header) {
                if (!known.contains(column)) {
                    unknown.add(column);
                }
            }
            if (new HashSet<>(header).containsAll(ExportCsvWriter.WARRANTY_COLUMNS) && !header.contains("price")) {
                throw JsonImportReader.unreadable("This is a warranties CSV: warranties come back with the JSON or ZIP export");
            }
            if (!unknown.isEmpty()) {
                throw JsonImportReader.unreadable("Unknown columns: " + String.join(", ", unknown)
                        + "; the columns are " + String.join(", ", ExportCsvWriter.PURCHASE_COLUMNS));
            }
            Set<String> missing = new LinkedHashSet<>(REQUIRED);
            missing.removeAll(header);
            if (!missing.isEmpty()) {
                throw JsonImportReader.unreadable("Missing columns: " + String.join(", ", missing));
            }
            return null;
        });
        return this;
    }

    @Override
    public Optional<SettingsRecord> settings() {
        return Optional.empty();
    }

    @Override
    public void retailers(Consumer<VendorRecord> each) {
        // named in each row
    }

    @Override
    public void brands(Consumer<VendorRecord> each) {
        // named in each row
    }

    @Override
    public void purchases(Consumer<PurchaseRecord> each) {
        read(parser -> {
            for (CSVRecord row : parser) {
                if (row.getRecordNumber() > maxRows) {
                    throw new PayloadTooLargeException("The CSV file has more than " + maxRows + " rows", maxRows);
                }
                String location = "line " + (row.getRecordNumber() + 1);
                Cells cells = new Cells(row);
                each.accept(new PurchaseRecord(location, null, cells.text("currency_code"),
                        builder -> fields(cells, builder), null, cells.text("retailer_name"), null, cells.text("brand_name"),
                        cells.read(location, "warrantyEnd", "warranty_end", ImportValues::date),
                        cells.read(location, "createdAt", "created_at", ImportValues::instant),
                        cells.read(location, "updatedAt", "updated_at", ImportValues::instant)));
            }
            return null;
        });
    }

    private static void fields(Cells cells, PurchaseDetails.Builder builder) {
        Function<String, String> text = cells::text;
        builder.productName(text.apply("product_name"))
                .price(cells.value(builder, "price", "price", ImportValues::decimal))
                .purchaseDate(cells.value(builder, "purchaseDate", "purchase_date", ImportValues::date))
                .category(text.apply("category"))
                .notes(text.apply("notes"))
                .taxDeductible(Boolean.TRUE.equals(cells.value(builder, "taxDeductible", "tax_deductible", ImportValues::bool)))
                .modelNumber(text.apply("model_number"))
                .serialNumber(text.apply("serial_number"))
                .retailerOrderNumber(text.apply("retailer_order_number"))
                .link(text.apply("link"))
                .returnDeadline(cells.value(builder, "returnDeadline", "return_deadline", ImportValues::date))
                .returnPolicy(text.apply("return_policy"));
        Integer quantity = cells.value(builder, "quantity", "quantity", ImportValues::integer);
        if (quantity != null) {
            builder.quantity(quantity);
        }
        try {
            builder.tags(new Tags(ImportValues.tags(text.apply("tags"))));
        } catch (RuleViolationException invalid) {
            builder.unreadable("tags", invalid.getMessage());
        }
    }

    @Override
    public void warranties(Consumer<WarrantyRecord> each) {
        // a purchase's warranty_end, made into a warranty with the purchase
    }

    @Override
    public void files(Consumer<FileRecord> each) {
        // contents come only in the ZIP export
    }

    @Override
    public void attachments(Consumer<AttachmentRecord> each) {
        // contents come only in the ZIP export
    }

    @Override
    public void problems(Consumer<ImportProblem> each) {
        problems.forEach(each);
    }

    /** A row's cells by column name, restored from their formula-safe form; an absent column or empty cell is null. */
    private final class Cells {
        private final CSVRecord row;

        Cells(CSVRecord row) {
            this.row = row;
        }

        String text(String column) {
            if (!row.isMapped(column) || !row.isSet(column)) {
                return null;
            }
            String cell = CsvCells.restore(row.get(column));
            return cell.isEmpty() ? null : cell;
        }

        <T> T value(PurchaseDetails.Builder builder, String field, String column, Function<String, T> reader) {
            try {
                return reader.apply(text(column));
            } catch (IllegalArgumentException e) {
                builder.unreadable(field, column + " " + e.getMessage());
                return null;
            }
        }

        <T> T read(String location, String field, String column, Function<String, T> reader) {
            try {
                return reader.apply(text(column));
            } catch (IllegalArgumentException e) {
                if (problems.size() < 10_000) {
                    problems.add(new ImportProblem(location, field, column + " " + e.getMessage()));
                }
                return null;
            }
        }
    }

    @FunctionalInterface
    private interface ParserWork<T> {
        T run(CSVParser parser) throws IOException;
    }

    private <T> T read(ParserWork<T> work) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();
        try (InputStream in = document.open();
             BufferedReader text = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                     .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
             CSVParser parser = CSVParser.builder().setReader(skipByteOrderMark(text)).setFormat(format).get()) {
            return work.run(parser);
        } catch (CharacterCodingException notUtf8) {
            throw JsonImportReader.unreadable("The CSV file must be UTF-8");
        } catch (UncheckedIOException | IOException unreadable) {
            Throwable cause = unreadable instanceof UncheckedIOException unchecked ? unchecked.getCause() : unreadable;
            if (cause instanceof CharacterCodingException) {
                throw JsonImportReader.unreadable("The CSV file must be UTF-8");
            }
            throw JsonImportReader.unreadable("The CSV file cannot be read: " + cause.getMessage());
        } catch (IllegalArgumentException | IllegalStateException malformed) {
            throw JsonImportReader.unreadable("The CSV file cannot be read: " + malformed.getMessage());
        }
    }

    /** Spreadsheet programs often start UTF-8 files with a byte-order mark, which is not part of the header. */
    private static BufferedReader skipByteOrderMark(BufferedReader text) throws IOException {
        text.mark(1);
        if (text.read() != '\uFEFF') {
            text.reset();
        }
        return text;
    }
}
