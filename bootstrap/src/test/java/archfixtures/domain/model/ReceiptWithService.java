package archfixtures.domain.model;

import archfixtures.application.receipt.ReceiptService;

/** Breaks the hexagon: domain reaching out to the application layer. */
public class ReceiptWithService {
    public String describe(ReceiptService service) {
        return service.toString();
    }
}
