package io.revitalization.systemtests.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Hand-made RS256 tokens for attacks on the services: forged (another key) and expired (the real key). */
public final class Jwts {
    private Jwts() {
    }

    public static String forged(String role, UUID institution) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return sign(generator.generateKeyPair().getPrivate(), role, institution, Instant.now().plusSeconds(120));
    }

    public static String expired(Path privateKeyPem, String role, UUID institution) throws Exception {
        String pem = Files.readString(privateKeyPem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(
                Base64.getDecoder().decode(pem)));
        return sign(key, role, institution, Instant.now().minusSeconds(600));
    }

    private static String sign(PrivateKey key, String role, UUID institution, Instant expiry)
            throws GeneralSecurityException {
        String header = encode("{\"alg\":\"RS256\",\"typ\":\"JWT\"}");
        String claims = encode("{\"iss\":\"revitalization-gateway\",\"aud\":\"revitalization-services\","
                + "\"sub\":\"" + UUID.randomUUID() + "\",\"groups\":[\"" + role + "\"],"
                + "\"institution\":\"" + institution + "\",\"iat\":" + (expiry.getEpochSecond() - 120)
                + ",\"exp\":" + expiry.getEpochSecond() + "}");
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
