package io.spendvault.application.common.port.out;

/**
 * Computes a keyed message authentication code (HMAC) with the application's secret: the same message
 * gives the same code on every server instance, and nobody without the secret can forge one.
 */
public interface Signer {

    byte[] sign(byte[] message);
}
