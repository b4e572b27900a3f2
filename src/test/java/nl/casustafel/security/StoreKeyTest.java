package nl.casustafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class StoreKeyTest {

    @Test
    void neverPrintsItsBytes() {
        StoreKey key = StoreKey.generate();
        String hex = new String(key.toHexChars());

        assertThat(key.toString()).isEqualTo("StoreKey[redacted]").doesNotContain(hex);
        assertThat(hex).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(HexFormat.of().parseHex(hex)).isEqualTo(key.copyBytes());
    }

    @Test
    void destroyWipesTheKeyAndStopsItsUse() {
        StoreKey key = StoreKey.generate();
        key.destroy();

        assertThat(key.isDestroyed()).isTrue();
        assertThat(key.toString()).isEqualTo("StoreKey[destroyed]");
        assertThatThrownBy(key::toHexChars).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void twoNewKeysDiffer() {
        assertThat(StoreKey.generate().sameAs(StoreKey.generate())).isFalse();
        StoreKey key = StoreKey.generate();
        assertThat(key.sameAs(StoreKey.of(key.copyBytes()))).isTrue();
    }
}
