package io.revitalization.gateway.app;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class KeySecretsTest {

    @Test
    void aKeyCarries256RandomBitsBehindItsPrefix() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String key = KeySecrets.newKey();
            assertThat(key).startsWith("rvk_");
            assertThat(Base64.getUrlDecoder().decode(key.substring(4))).hasSize(32);
            keys.add(key);
        }
        assertThat(keys).hasSize(1000);
    }

    @Test
    void theHashIsHexSha256OfTheKeyAsPresented() {
        assertThat(KeySecrets.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(KeySecrets.hash("rvk_a")).isNotEqualTo(KeySecrets.hash("rvk_b"));
    }
}
