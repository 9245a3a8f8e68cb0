package io.revitalization.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteSecretsTest {

    @Test
    void createsAMatchingKeyPairAndAnAdminKeyOnceAndKeepsThem(@TempDir Path data) throws Exception {
        SuiteSecrets first = SuiteSecrets.loadOrCreate(data);
        SuiteSecrets second = SuiteSecrets.loadOrCreate(data);

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(second.privateKey())).isEqualTo(Files.readString(first.privateKey()));
        assertThat(first.adminKey()).hasSizeGreaterThanOrEqualTo(40).isEqualTo(Files.readString(first.adminKeyFile()).strip());

        KeyFactory rsa = KeyFactory.getInstance("RSA");
        assertMatchingRsa2048(new KeyPair(
                rsa.generatePublic(new X509EncodedKeySpec(der(first.publicKey(), "PUBLIC KEY"))),
                rsa.generatePrivate(new PKCS8EncodedKeySpec(der(first.privateKey(), "PRIVATE KEY")))));
    }

    @Test
    void opensslMakesTheKeyPairWhereItIsInstalled() throws Exception {
        KeyPair pair = SuiteSecrets.generateWithOpenSsl(SuiteSecrets.OPENSSL)
                .orElseThrow(() -> new AssertionError("openssl did not make a key pair: apt-get install openssl"));

        assertMatchingRsa2048(pair);
    }

    @Test
    void javaMakesTheKeyPairWhereOpensslIsMissing(@TempDir Path empty) throws Exception {
        String missing = empty.resolve("openssl").toString();

        assertThat(SuiteSecrets.generateWithOpenSsl(missing)).isEmpty();
        assertMatchingRsa2048(SuiteSecrets.generateKeyPair(missing));
    }

    @Test
    void anotherDataDirectoryGetsOtherSecrets(@TempDir Path one, @TempDir Path other) throws Exception {
        SuiteSecrets first = SuiteSecrets.loadOrCreate(one);
        SuiteSecrets second = SuiteSecrets.loadOrCreate(other);

        assertThat(second.adminKey()).isNotEqualTo(first.adminKey());
        assertThat(Files.readString(second.publicKey())).isNotEqualTo(Files.readString(first.publicKey()));
    }

    @Test
    void composeJobWritesThePrivateKeyApartAndReadableByItsOwnerOnly(@TempDir Path root) throws Exception {
        Path gatewayOnly = root.resolve("private");
        Path everyService = root.resolve("public");

        SuiteSecrets.main(new String[] {gatewayOnly.toString(), everyService.toString()});

        assertThat(gatewayOnly.resolve("privateKey.pem")).exists();
        assertThat(Files.getPosixFilePermissions(gatewayOnly.resolve("privateKey.pem")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.list(everyService)).containsExactly(everyService.resolve("publicKey.pem"));
        der(everyService.resolve("publicKey.pem"), "PUBLIC KEY");
    }

    private static void assertMatchingRsa2048(KeyPair pair) throws Exception {
        assertThat(((RSAPublicKey) pair.getPublic()).getModulus().bitLength()).isEqualTo(2048);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(pair.getPrivate());
        signer.update("token".getBytes());
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(pair.getPublic());
        verifier.update("token".getBytes());
        assertThat(verifier.verify(signature)).isTrue();
    }

    private static byte[] der(Path pem, String type) throws Exception {
        String text = Files.readString(pem);
        assertThat(text).startsWith("-----BEGIN " + type + "-----\n").endsWith("-----END " + type + "-----\n");
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
    }
}
