package io.spendvault.adapters.storage.testsupport

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/** A plain HTTP GET, as a browser following a download link would make it. */
final class HttpFetch {

    static HttpResponse<byte[]> get(URI url) {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray())
    }
}
