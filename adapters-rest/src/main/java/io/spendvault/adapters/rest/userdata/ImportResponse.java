package io.spendvault.adapters.rest.userdata;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.spendvault.adapters.rest.common.FieldNames;
import io.spendvault.application.userdata.port.in.ImportReport;

import java.util.List;

/**
 * What an import did (or, with {@code dry_run}, would do). {@code errors} names each skipped record by its
 * place in the file and the field at fault, at most 1000 of them; {@code errors_not_listed} counts the rest.
 */
@Serdeable
public record ImportResponse(boolean dryRun, int purchasesAdded, int purchasesSkippedFutureDate, int purchasesSkippedDuplicate,
                             int warrantiesAdded, int retailersAdded, int brandsAdded, int filesAdded, int filesDeduplicated,
                             List<Problem> errors, int errorsNotListed) {

    @Serdeable
    public record Problem(String location, @Nullable String field, String message) {
    }

    static ImportResponse of(ImportReport report) {
        return new ImportResponse(report.dryRun(), report.purchasesAdded(), report.purchasesSkippedFutureDate(),
                report.purchasesSkippedDuplicate(), report.warrantiesAdded(), report.retailersAdded(), report.brandsAdded(),
                report.filesAdded(), report.filesDeduplicated(),
                report.errors().stream().map(problem -> new Problem(problem.location(),
                        problem.field() == null ? null : FieldNames.snakeCase(problem.field()), problem.message())).toList(),
                report.errorsNotListed());
    }
}
