package archfixtures.adapters.persistence;

/** A persistence adapter class. */
public class ReceiptRows {
}
