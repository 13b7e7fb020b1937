package io.spendvault.adapters.persistence.analytics;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import io.spendvault.adapters.persistence.common.DatabaseAccess;
import jakarta.inject.Singleton;

import java.sql.ResultSet;

/**
 * Keeps the running purchase totals (V15) at about one row per key: writers add their changes to one of 16
 * shard rows so that they never wait for each other; this moves those rows into the folded one. The figures
 * are the same before and after (a total is the sum of its shards), only the number of rows read shrinks.
 * Several nodes may run it: one fold runs at a time, and a fold never waits for a writer.
 */
@Singleton
@DatabaseAccess
public class PurchaseTotalsFolder {

    private final JdbcOperations jdbc;

    PurchaseTotalsFolder(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Folds the shard rows no writer holds now; answers how many rows it moved (0 while another fold runs). */
    @Transactional
    @Scheduled(initialDelay = "${spendvault.analytics.fold-interval:10s}", fixedDelay = "${spendvault.analytics.fold-interval:10s}")
    public long fold() {
        return jdbc.prepareStatement("SELECT fold_purchase_totals()", statement -> {
            ResultSet row = statement.executeQuery();
            row.next();
            return row.getLong(1);
        });
    }
}
