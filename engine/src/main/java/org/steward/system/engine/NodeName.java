package org.steward.system.engine;

import java.net.InetAddress;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** This engine node's name among the nodes that share one database (configurable as {@code steward.node-name}). */
@Component
public class NodeName {

    private final String value;

    NodeName(@Value("${steward.node-name:}") String configured) {
        this.value = StringUtils.hasText(configured) ? configured : host() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String host() {
        try {
            String host = InetAddress.getLocalHost().getHostName();
            return host.length() > 30 ? host.substring(0, 30) : host;
        } catch (Exception e) {
            return "steward";
        }
    }

    public String value() {
        return value;
    }
}
