package io.spendvault.bootstrap

import spock.lang.Specification
import spock.lang.TempDir

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions

class ServerSecretSpec extends Specification {

    @TempDir
    Path dataDir

    def "the first start makes a random 256-bit secret, readable by the owner only"() {
        when:
        def secret = ServerSecret.loadOrCreate(dataDir)
        def file = dataDir.resolve(ServerSecret.FILE_NAME)

        then:
        secret.length() == 43
        Base64.urlDecoder.decode(secret).length == 32
        PosixFilePermissions.toString(Files.getPosixFilePermissions(file)) == 'rw-------'
    }

    def "later starts reuse it; another data directory gets another"() {
        given:
        def first = ServerSecret.loadOrCreate(dataDir)

        expect:
        ServerSecret.loadOrCreate(dataDir) == first
        ServerSecret.loadOrCreate(dataDir.resolve('other')) != first
    }

    def "a secret file that holds too little is refused, not used"() {
        given:
        Files.writeString(dataDir.resolve(ServerSecret.FILE_NAME), 'short\n')

        when:
        ServerSecret.loadOrCreate(dataDir)

        then:
        def failure = thrown(IllegalStateException)
        failure.message.contains('no usable secret')
    }
}
