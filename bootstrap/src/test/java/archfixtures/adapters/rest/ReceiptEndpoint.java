package archfixtures.adapters.rest;

import archfixtures.adapters.persistence.ReceiptRows;

/** Breaks "adapters never depend on each other": REST reading persistence rows directly. */
public class ReceiptEndpoint {
    public String rows(ReceiptRows rows) {
        return rows.toString();
    }
}
