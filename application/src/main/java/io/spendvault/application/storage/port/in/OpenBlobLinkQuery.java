package io.spendvault.application.storage.port.in;

/** The parts of a signed link as a client presents them; nothing here is trusted until verified. */
public record OpenBlobLinkQuery(String key, long expires, String contentType, String contentDisposition, String signature) {
}
