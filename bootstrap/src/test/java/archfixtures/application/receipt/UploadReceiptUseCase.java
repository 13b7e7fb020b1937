package archfixtures.application.receipt;

/** Breaks "use cases live in port.in". */
public interface UploadReceiptUseCase {
    void upload();
}
