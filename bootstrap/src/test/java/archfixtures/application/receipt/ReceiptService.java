package archfixtures.application.receipt;

/** A well-behaved application service. */
public class ReceiptService {
}
