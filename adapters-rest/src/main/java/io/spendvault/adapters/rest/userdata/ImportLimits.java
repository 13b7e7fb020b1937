package io.spendvault.adapters.rest.userdata;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * How much one import may bring (configurable, see the README): the upload (bytes; the server's
 * {@code SPENDVAULT_HTTP_MAX_REQUEST_SIZE} bounds it too), a ZIP's entries, its total uncompressed size
 * and the compression ratio of any entry (zip bombs), and a CSV file's rows.
 */
@Singleton
class ImportLimits {

    final long maxUploadSize;
    final int maxZipEntries;
    final long maxUncompressedSize;
    final long maxCompressionRatio;
    final long maxCsvRows;

    ImportLimits(@Value("${spendvault.import.max-upload-size:104857600}") long maxUploadSize,
                 @Value("${spendvault.import.max-zip-entries:100000}") int maxZipEntries,
                 @Value("${spendvault.import.max-uncompressed-size:10737418240}") long maxUncompressedSize,
                 @Value("${spendvault.import.max-compression-ratio:100}") long maxCompressionRatio,
                 @Value("${spendvault.import.max-csv-rows:200000}") long maxCsvRows) {
        this.maxUploadSize = maxUploadSize;
        this.maxZipEntries = maxZipEntries;
        this.maxUncompressedSize = maxUncompressedSize;
        this.maxCompressionRatio = maxCompressionRatio;
        this.maxCsvRows = maxCsvRows;
    }
}
