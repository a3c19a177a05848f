package org.steward;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Capabilities are top-level packages that use each other only through their root packages, without cycles. */
class ModularityTest {

    @Test
    void shouldKeepCapabilitiesApartAndFreeOfCycles() {
        ApplicationModules.of(StewardApplication.class).verify();
    }
}
