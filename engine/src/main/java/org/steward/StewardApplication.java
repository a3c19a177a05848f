package org.steward;

import org.kie.kogito.persistence.springboot.JDBCProcessInstancesFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/** Steward: customer-success playbooks on Drools and jBPM, kept in MariaDB. */
@SpringBootApplication
@ConfigurationPropertiesScan
// Steward's entities, and the user-task store's (jbpm-addons-springboot-usertask-storage-jpa).
@EntityScan(basePackages = {"org.steward", "org.jbpm.usertask.jpa.model"})
@ComponentScan(basePackages = {"org.steward", "org.kie.kogito", "org.jbpm"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = JDBCProcessInstancesFactory.class))
public class StewardApplication {

    public static void main(String[] args) {
        SpringApplication.run(StewardApplication.class, args);
    }
}
