package io.spendvault.bootstrap.testsupport

import groovy.json.JsonOutput
import io.spendvault.adapters.rest.testsupport.RawHttp
import io.spendvault.application.common.port.out.Transactions
import io.spendvault.domain.identity.Role
import io.spendvault.domain.identity.User
import io.spendvault.domain.identity.port.UserRepository

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse

/** A registered, logged-in user of the running application, with multipart uploads. */
class ApiClient {

    static final String PASSWORD = 'correct horse battery staple'

    final RawHttp http
    final String username
    final String token

    private ApiClient(RawHttp http, String username, String token) {
        this.http = http
        this.username = username
        this.token = token
    }

    /** {@code headers} go with the registration and the login (e.g. an {@code X-Forwarded-For}). */
    static ApiClient newUser(RawHttp http, Map<String, String> headers = [:]) {
        def name = register(http, headers)
        login(http, name, headers)
    }

    /**
     * A user made administrator in the database before logging in: the specs share one database, so the
     * administrator configured at start-up exists only if no spec before made one.
     */
    static ApiClient newAdmin(RawHttp http, UserRepository users, Transactions transactions, Map<String, String> headers = [:]) {
        def name = register(http, headers)
        transactions.inTransaction {
            def user = users.findByLogin(name).get()
            users.update(user.administered(Role.ADMIN, user.active(), user.storageQuota(), user.updatedAt()))
        }
        login(http, name, headers)
    }

    /** The same user against another server, or the same server after a restart, with a token it already has. */
    ApiClient on(RawHttp other) {
        new ApiClient(other, username, token)
    }

    private static String register(RawHttp http, Map<String, String> headers = [:]) {
        def name = 'u_' + UUID.randomUUID().toString().replace('-', '').substring(0, 12)
        assert http.postJson('/api/v1/auth/register', [username: name, email: "${name}@example.com", password: PASSWORD], headers).status == 201
        name
    }

    private static ApiClient login(RawHttp http, String name, Map<String, String> headers = [:]) {
        def login = http.postJson('/api/v1/auth/login', [username: name, password: PASSWORD], headers)
        new ApiClient(http, name, login.json.access_token as String)
    }

    RawHttp.Answer get(String path, Map<String, String> headers = [:]) {
        http.get(path, ['Authorization': "Bearer $token"] + headers)
    }

    RawHttp.Answer send(String method, String path, Object body = null) {
        http.send(method, path, body == null ? null : JsonOutput.toJson(body),
                ['Authorization': "Bearer $token", 'Content-Type': 'application/json'])
    }

    /** Uploads {@code content} as the {@code file} part, after an optional {@code description} part. */
    RawHttp.Answer upload(String filename, InputStream content, String partType = 'application/octet-stream',
                          String description = null) {
        multipart('/api/v1/uploads', description == null ? [:] : [description: description], filename, content, partType)
    }

    /** Posts the text {@code fields} in order, then {@code content} as the {@code file} part, streamed. */
    RawHttp.Answer multipart(String path, Map<String, String> fields, String filename, InputStream content,
                             String partType = 'application/octet-stream') {
        def boundary = 'spendvault-' + UUID.randomUUID()
        def head = new StringBuilder()
        fields.each { name, value ->
            head << "--$boundary\r\nContent-Disposition: form-data; name=\"$name\"\r\n\r\n$value\r\n"
        }
        head << "--$boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"$filename\"\r\n" +
                "Content-Type: $partType\r\n\r\n"
        def body = new SequenceInputStream(Collections.enumeration([
                new ByteArrayInputStream(head.toString().getBytes('UTF-8')), content,
                new ByteArrayInputStream("\r\n--$boundary--\r\n".getBytes('UTF-8'))]))
        def request = HttpRequest.newBuilder(http.base.resolve(path))
                .header('Authorization', "Bearer $token")
                .header('Content-Type', "multipart/form-data; boundary=$boundary")
                .POST(HttpRequest.BodyPublishers.ofInputStream({ body }))
                .build()
        def response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString())
        new RawHttp.Answer(response.statusCode(), response.headers().map(), response.body())
    }

    RawHttp.Answer upload(String filename, byte[] content, String partType = 'application/octet-stream', String description = null) {
        upload(filename, new ByteArrayInputStream(content), partType, description)
    }

    /** Downloads raw bytes (the RawHttp client reads text). */
    HttpResponse<byte[]> download(String path, Map<String, String> headers = [:]) {
        def builder = HttpRequest.newBuilder(http.base.resolve(path)).header('Authorization', "Bearer $token")
        headers.each { k, v -> builder.header(k, v) }
        HttpClient.newHttpClient().send(builder.build(), HttpResponse.BodyHandlers.ofByteArray())
    }
}
