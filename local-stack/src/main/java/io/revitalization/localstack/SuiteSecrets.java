package io.revitalization.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * What a data directory keeps from its first start: the RSA key pair with which the gateway signs caller JWTs
 * ({@code jwt/privateKey.pem}, PKCS#8) and the services verify them ({@code jwt/publicKey.pem}, X.509), and the
 * bootstrap admin API key ({@code admin-key.txt}).
 */
public record SuiteSecrets(Path privateKey, Path publicKey, Path adminKeyFile, String adminKey) {

    static SuiteSecrets loadOrCreate(Path dataDirectory) throws IOException {
        Path jwt = dataDirectory.resolve("jwt");
        Path privateKey = jwt.resolve("privateKey.pem");
        Path publicKey = jwt.resolve("publicKey.pem");
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            writeKeyPair(privateKey, publicKey);
        }
        Path adminKeyFile = dataDirectory.resolve("admin-key.txt");
        if (!Files.exists(adminKeyFile)) {
            writeSecret(adminKeyFile, randomKey() + "\n");
        }
        return new SuiteSecrets(privateKey, publicKey, adminKeyFile, Files.readString(adminKeyFile).strip());
    }

    /**
     * docker-compose's one-shot {@code jwt-keys} service: writes the JWT key pair into a volume once
     * ({@code java -cp local-stack/target/classes io.revitalization.localstack.SuiteSecrets /keys}). The gateway's
     * container runs as another user than this one, so the files are left readable inside that private volume.
     */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length == 1 ? args[0] : "/keys");
        Path privateKey = directory.resolve("privateKey.pem");
        Path publicKey = directory.resolve("publicKey.pem");
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            writeKeyPair(privateKey, publicKey);
            Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-r--r--"));
        }
        System.out.println("JWT key pair in " + directory);
    }

    private static void writeKeyPair(Path privateKey, Path publicKey) throws IOException {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(privateKey.getParent());
        writeSecret(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static void writeSecret(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
