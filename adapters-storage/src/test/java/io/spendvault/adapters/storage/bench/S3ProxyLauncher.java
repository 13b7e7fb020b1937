package io.spendvault.adapters.storage.bench;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs S3Proxy in a JVM of its own for the benchmark, so the server's memory is not counted in the
 * client's heap. Arguments: port, data directory. Stops when the process is killed.
 */
public final class S3ProxyLauncher {

    public static final String ACCESS_KEY = "bench";
    public static final String SECRET_KEY = "bench-secret";

    private S3ProxyLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createDirectories(Path.of(args[1]));
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(directory.toString()))
                .endpoint(URI.create("http://127.0.0.1:" + args[0]))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        Thread.currentThread().join();
    }
}
