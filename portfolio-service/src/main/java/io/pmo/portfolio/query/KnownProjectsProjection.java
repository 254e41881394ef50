package io.pmo.portfolio.query;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.pmo.events.common.EventCatalog;
import io.pmo.platform.consumer.CloudEventConsumer;
import io.pmo.platform.projects.KnownProject;
import io.pmo.platform.projects.KnownProjects;
import io.pmo.platform.projects.ProjectFacts;
import io.pmo.platform.query.TenantQueries;

/**
 * What portfolio-service keeps of {@code pmo.project.events} (consumer group {@code portfolio-service}): the
 * platform's {@link ProjectFacts}, which the portfolio aggregate asks before a project becomes a candidate. The
 * group only builds that read model, so it can be rebuilt ({@code /api/v1/admin/consumers/portfolio-service/rebuilds});
 * risk- and resource-service's groups also send commands, so they declare no read models and cannot.
 */
@Configuration(proxyBeanMethods = false)
class KnownProjectsProjection {

    static final String GROUP = "portfolio-service";

    @Bean
    CloudEventConsumer portfolioProjectFacts(MongoTemplate mongo) {
        return ProjectFacts.handle(CloudEventConsumer.group(GROUP).topic(EventCatalog.topic("project")), mongo)
                .readModels(KnownProject.COLLECTION)
                .build();
    }

    @Bean
    KnownProjects knownProjects(TenantQueries queries) {
        return ProjectFacts.queries(queries);
    }
}
