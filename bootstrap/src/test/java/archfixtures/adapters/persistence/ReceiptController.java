package archfixtures.adapters.persistence;

/** Breaks "controllers live in the REST adapter". */
public class ReceiptController {
}
