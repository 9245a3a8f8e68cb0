package io.revitalization.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.Optional;

/**
 * What a data directory keeps from its first start: the RSA key pair with which the gateway signs caller JWTs
 * ({@code jwt/privateKey.pem}, PKCS#8) and the services verify them ({@code jwt/publicKey.pem}, X.509), and the
 * bootstrap admin API key ({@code admin-key.txt}).
 */
public record SuiteSecrets(Path privateKey, Path publicKey, Path adminKeyFile, String adminKey) {

    static final String OPENSSL = "openssl";
    private static final int KEY_BITS = 2048;

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
     * docker-compose's one-shot {@code jwt-keys} service: writes the JWT key pair once, the private key into one
     * directory (a volume only the gateway mounts) and the public key into another
     * ({@code java -cp local-stack/target/classes io.revitalization.localstack.SuiteSecrets /private /public 185}).
     * The private key stays readable by its owner only; with a third argument that owner is the given uid (the
     * gateway's container user), since this job runs as root.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            throw new IllegalArgumentException("usage: SuiteSecrets PRIVATE_KEY_DIR PUBLIC_KEY_DIR [OWNER_UID]");
        }
        Path privateKey = Path.of(args[0]).resolve("privateKey.pem");
        Path publicKey = Path.of(args[1]).resolve("publicKey.pem");
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            writeKeyPair(privateKey, publicKey);
        }
        if (args.length == 3) {
            Files.setAttribute(privateKey, "unix:uid", Integer.parseInt(args[2]));
        }
        System.out.println("JWT private key in " + privateKey + ", public key in " + publicKey);
    }

    private static void writeKeyPair(Path privateKey, Path publicKey) throws IOException {
        KeyPair pair = generateKeyPair(OPENSSL);
        Files.createDirectories(privateKey.getParent());
        Files.createDirectories(publicKey.getParent());
        writeSecret(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    /**
     * OpenSSL's key pair when {@code openssl} runs, else Java's. Java finds RSA primes fast only in C2's code, with its
     * BigInteger intrinsics; the launcher runs on C1 alone, where one pair took 0.4–1.8 s of CPU (median 0.8 s; the
     * primes are random) while the services started beside it, against 0.1–0.5 s (median 0.2 s) for OpenSSL.
     */
    static KeyPair generateKeyPair(String openssl) {
        return generateWithOpenSsl(openssl).orElseGet(SuiteSecrets::generateWithJava);
    }

    /** Its PEM output is PKCS#8, as Java writes it; with {@code -outform DER} OpenSSL 3 writes PKCS#1 instead. */
    static Optional<KeyPair> generateWithOpenSsl(String openssl) {
        try {
            Process process = new ProcessBuilder(openssl, "genpkey", "-algorithm", "RSA", "-pkeyopt",
                    "rsa_keygen_bits:" + KEY_BITS)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            String pem = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (process.waitFor() != 0 || !pem.startsWith("-----BEGIN PRIVATE KEY-----")) {
                return Optional.empty();
            }
            byte[] pkcs8 = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)) instanceof RSAPrivateCrtKey privateKey)
                    || privateKey.getModulus().bitLength() != KEY_BITS) {
                return Optional.empty();
            }
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(),
                    privateKey.getPublicExponent()));
            return Optional.of(new KeyPair(publicKey, privateKey));
        } catch (IOException | GeneralSecurityException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static KeyPair generateWithJava() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_BITS);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
