package io.pmo.platform.kafka;

import static io.pmo.platform.MessagesMother.CAUSATION_ID;
import static io.pmo.platform.MessagesMother.CORRELATION_ID;
import static io.pmo.platform.MessagesMother.PRINCIPAL;
import static io.pmo.platform.MessagesMother.PROJECT_ID;
import static io.pmo.platform.MessagesMother.SOURCE;
import static io.pmo.platform.MessagesMother.TENANT_ID;
import static io.pmo.platform.MessagesMother.domainEvent;
import static io.pmo.platform.MessagesMother.metadata;
import static io.pmo.platform.MessagesMother.projectCreated;
import static io.pmo.platform.MessagesMother.properties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

import io.pmo.events.common.CloudEvent;
import io.pmo.events.common.PmoJson;
import io.pmo.events.project.ProjectCreated;
import io.pmo.events.project.ProjectRenamed;
import io.pmo.platform.PmoProperties;

class KafkaEventPublisherTests {

    @SuppressWarnings("unchecked")
    private final KafkaOperations<String, byte[]> kafka = mock(KafkaOperations.class);

    private final KafkaEventPublisher publisher = publisherOf("project", Duration.ofSeconds(10));

    /** Not a published event: a class outside {@code io.pmo.events}. */
    record InternalNote(String projectId, String text) {
    }

    @AfterEach
    void noUnitOfWorkLeftBehind() {
        while (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().rollback();
        }
    }

    @Test
    void sendsAPublishedEventAsACloudEventKeyedByAggregateIdToTheContextTopic() {
        acknowledgeEverySend();
        GenericDomainEventMessage<ProjectCreated> event = domainEvent(projectCreated(), 0);

        publishInOneUnitOfWork(publisher, event);

        ProducerRecord<String, byte[]> record = sentRecord();
        assertThat(record.topic()).isEqualTo("pmo.project.events");
        assertThat(record.key()).isEqualTo(PROJECT_ID);
        assertThat(record.timestamp()).isEqualTo(event.getTimestamp().toEpochMilli());
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo(CloudEvent.CONTENT_TYPE);
        CloudEvent cloudEvent = CloudEvent.parse(record.value());
        assertThat(cloudEvent.id()).isEqualTo(event.getIdentifier());
        assertThat(cloudEvent.source()).isEqualTo(SOURCE);
        assertThat(cloudEvent.type()).isEqualTo("io.pmo.project.ProjectCreated.v1");
        assertThat(cloudEvent.subject()).isEqualTo(PROJECT_ID);
        assertThat(cloudEvent.time()).isEqualTo(event.getTimestamp());
        assertThat(cloudEvent.data()).isEqualTo(PmoJson.mapper().valueToTree(projectCreated()));
    }

    @Test
    void stampsWhenItSentTheRecordAndTimesTheHopsFromTheStoreAndToTheAcknowledgement() {
        acknowledgeEverySend();
        io.micrometer.core.instrument.simple.SimpleMeterRegistry meters =
                new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
        KafkaEventPublisher timed = new KafkaEventPublisher(kafka, properties("project", Duration.ofSeconds(10)),
                SOURCE, meters);
        GenericDomainEventMessage<ProjectCreated> event = domainEvent(projectCreated(), 0);
        java.time.Instant before = java.time.Instant.now();

        publishInOneUnitOfWork(timed, event);

        java.time.Instant publishedAt = io.pmo.platform.messaging.Hops.publishedAt(sentRecord().headers());
        assertThat(publishedAt).isBetween(before, java.time.Instant.now());
        assertThat(meters.get("pmo.publisher.hop").tag("hop", "store_to_publisher").timer().count()).isEqualTo(1);
        assertThat(meters.get("pmo.publisher.hop").tag("hop", "kafka_ack").timer().count()).isEqualTo(1);
    }

    @Test
    void carriesTheAggregateSequenceAndTheMetadataAsExtensions() {
        acknowledgeEverySend();

        publishInOneUnitOfWork(publisher, domainEvent(projectCreated(), 7));

        CloudEvent cloudEvent = CloudEvent.parse(sentRecord().value());
        assertThat(cloudEvent.aggregatesequence()).isEqualTo(7);
        assertThat(cloudEvent.tenantid()).isEqualTo(TENANT_ID);
        assertThat(cloudEvent.principal()).isEqualTo(PRINCIPAL);
        assertThat(cloudEvent.correlationid()).isEqualTo(CORRELATION_ID);
        assertThat(cloudEvent.causationid()).isEqualTo(CAUSATION_ID);
    }

    @Test
    void doesNotSendTheEventsOfAnotherContext() {
        acknowledgeEverySend();
        KafkaEventPublisher portfolioPublisher = publisherOf("portfolio", Duration.ofSeconds(10));

        publishInOneUnitOfWork(portfolioPublisher, domainEvent(projectCreated(), 0));

        verify(kafka, never()).send(any(ProducerRecord.class));
    }

    @Test
    void doesNotSendAnEventThatIsNotInTheCatalog() {
        acknowledgeEverySend();

        publishInOneUnitOfWork(publisher, domainEvent(new InternalNote(PROJECT_ID, "call the sponsor"), 0));

        verify(kafka, never()).send(any(ProducerRecord.class));
    }

    @Test
    void doesNotSendAnEventThatNoAggregateApplied() {
        acknowledgeEverySend();

        publishInOneUnitOfWork(publisher,
                GenericEventMessage.<ProjectCreated>asEventMessage(projectCreated()).andMetaData(metadata()));

        verify(kafka, never()).send(any(ProducerRecord.class));
    }

    @Test
    void failsTheUnitOfWorkWhenKafkaRefusesASendSoTheProcessorRetriesTheBatch() {
        when(kafka.send(any(ProducerRecord.class)))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("broker down")));
        GenericDomainEventMessage<ProjectCreated> event = domainEvent(projectCreated(), 0);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        publisher.publish(event.getPayload(), event);

        assertThatThrownBy(unitOfWork::commit).isInstanceOf(KafkaEventPublisher.EventPublicationException.class)
                .hasRootCauseMessage("broker down");
        assertThat(unitOfWork.isRolledBack()).isTrue();
    }

    @Test
    void failsTheUnitOfWorkWhenKafkaDoesNotAcknowledgeWithinTheSendTimeout() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(new CompletableFuture<>());
        KafkaEventPublisher impatient = publisherOf("project", Duration.ofMillis(100));
        GenericDomainEventMessage<ProjectCreated> event = domainEvent(projectCreated(), 0);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        impatient.publish(event.getPayload(), event);

        assertThatThrownBy(unitOfWork::commit).isInstanceOf(KafkaEventPublisher.EventPublicationException.class);
    }

    @Test
    void commitsOnlyAfterEverySendOfTheBatchWasAcknowledged() {
        CompletableFuture<SendResult<String, byte[]>> first = CompletableFuture.completedFuture(null);
        CompletableFuture<SendResult<String, byte[]>> later = new CompletableFuture<>();
        when(kafka.send(any(ProducerRecord.class))).thenReturn(first, later);
        GenericDomainEventMessage<ProjectCreated> created = domainEvent(projectCreated(), 0);
        GenericDomainEventMessage<ProjectRenamed> renamed = domainEvent(
                new ProjectRenamed(PROJECT_ID, TENANT_ID, "Data centre migration", "Cloud migration"), 1);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(created);
        publisher.publish(created.getPayload(), created);
        publisher.publish(renamed.getPayload(), renamed);
        Thread committer = Thread.currentThread();
        CompletableFuture.runAsync(() -> {
            await().atMost(Duration.ofSeconds(5)).until(() -> committer.getState() == Thread.State.TIMED_WAITING);
            later.complete(null);
        });

        unitOfWork.commit();

        assertThat(later).isCompleted();
        assertThat(unitOfWork.isRolledBack()).isFalse();
        verify(kafka, org.mockito.Mockito.times(2)).send(any(ProducerRecord.class));
    }

    private KafkaEventPublisher publisherOf(String context, Duration sendTimeout) {
        PmoProperties properties = properties(context, sendTimeout);
        return new KafkaEventPublisher(kafka, properties, SOURCE);
    }

    private void acknowledgeEverySend() {
        when(kafka.send(any(ProducerRecord.class))).thenReturn(CompletableFuture.completedFuture(null));
    }

    private static void publishInOneUnitOfWork(KafkaEventPublisher publisher, EventMessage<?> event) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(event);
        publisher.publish(event.getPayload(), event);
        unitOfWork.commit();
    }

    @SuppressWarnings("unchecked")
    private ProducerRecord<String, byte[]> sentRecord() {
        ArgumentCaptor<ProducerRecord<String, byte[]>> record = ArgumentCaptor.forClass(ProducerRecord.class);
        verify(kafka).send(record.capture());
        return record.getValue();
    }
}
