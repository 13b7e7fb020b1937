package archfixtures.adapters.rest;

import archfixtures.application.receipt.ReceiptService;

/** Breaks "adapters use the application through its ports": it calls a service class, not a port.in use case. */
public class ServiceCaller {
    public String call(ReceiptService service) {
        return service.toString();
    }
}
