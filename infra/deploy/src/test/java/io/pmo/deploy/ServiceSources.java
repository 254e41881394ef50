package io.pmo.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a service's own sources declare that a deployment must match: its Axon processing groups and its Kafka
 * consumer groups with their topics. Read as text, so that this module depends on no service.
 */
final class ServiceSources {

    private static final Pattern PROCESSING_GROUP = Pattern.compile("@ProcessingGroup\\(\"([^\"]+)\"\\)");

    private static final Pattern CONSUMER_GROUP = Pattern.compile("CloudEventConsumer\\.group\\(([^)]+)\\)");

    private static final Pattern GROUP_CONSTANT = Pattern.compile("String GROUP\\s*=\\s*\"([^\"]+)\"");

    /** {@code EventCatalog.topic("project")}, which names {@code pmo.project.events}. */
    private static final Pattern TOPIC = Pattern.compile("EventCatalog\\.topic\\(\"([^\"]+)\"\\)");

    private static final Pattern CONFIGURATION_PROPERTIES =
            Pattern.compile("@ConfigurationProperties\\(\"([^\"]+)\"\\)");

    /** A record and its components; the platform's settings records have no generic components. */
    private static final Pattern RECORD = Pattern.compile("record (\\w+)\\(([^)]*)\\)");

    private ServiceSources() {
    }

    /** A Kafka consumer group a service runs, and the topics it reads. */
    record Consumer(String service, String group, Set<String> topics) {
    }

    /** A module of the repository by its folder, e.g. {@code project-service} or {@code platform/starter}. */
    static Path module(String folder) {
        Path module = DeployFiles.root().resolve("../..").normalize().resolve(folder);
        if (!Files.isDirectory(module)) {
            throw new IllegalStateException("no module " + folder + " at " + module);
        }
        return module;
    }

    /** The names in the service's {@code @ProcessingGroup("...")} annotations. */
    static Set<String> processingGroups(String service) {
        Set<String> groups = new LinkedHashSet<>();
        for (String source : mainSources(service)) {
            Matcher matcher = PROCESSING_GROUP.matcher(source);
            while (matcher.find()) {
                groups.add(matcher.group(1));
            }
        }
        return groups;
    }

    /** The consumer groups the service declares with {@code CloudEventConsumer.group(...)}. */
    static List<Consumer> consumers(String service) {
        List<Consumer> consumers = new ArrayList<>();
        for (String source : mainSources(service)) {
            Matcher group = CONSUMER_GROUP.matcher(source);
            if (!group.find()) {
                continue;
            }
            String argument = group.group(1).trim();
            String name;
            if (argument.startsWith("\"")) {
                name = argument.substring(1, argument.length() - 1);
            }
            else {
                Matcher constant = GROUP_CONSTANT.matcher(source);
                if (!argument.equals("GROUP") || !constant.find()) {
                    throw new IllegalStateException("cannot read the consumer group " + argument + " of " + service);
                }
                name = constant.group(1);
            }
            Set<String> topics = new LinkedHashSet<>();
            Matcher topic = TOPIC.matcher(source);
            while (topic.find()) {
                topics.add("pmo." + topic.group(1) + ".events");
            }
            consumers.add(new Consumer(service, name, topics));
        }
        return consumers;
    }

    /**
     * The names of the platform starter's own settings ({@code pmo.consumer.concurrency}, ...), from its
     * {@code @ConfigurationProperties} records and the records nested in them.
     */
    static Set<String> platformProperties() {
        Set<String> properties = new LinkedHashSet<>();
        for (String source : mainSources("platform/starter")) {
            Matcher annotation = CONFIGURATION_PROPERTIES.matcher(source);
            if (!annotation.find()) {
                continue;
            }
            Map<String, String> records = new HashMap<>();
            Matcher record = RECORD.matcher(source);
            String first = null;
            while (record.find()) {
                records.put(record.group(1), record.group(2));
                if (first == null && record.start() > annotation.start()) {
                    first = record.group(1);
                }
            }
            collect(annotation.group(1), first, records, properties);
        }
        return properties;
    }

    private static void collect(String prefix, String record, Map<String, String> records,
            Set<String> properties) {
        for (String component : records.get(record).split(",")) {
            String[] typeAndName = component.trim().split("\\s+");
            String type = typeAndName[0];
            String name = prefix + "." + typeAndName[1].replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(
                    Locale.ROOT);
            if (records.containsKey(type)) {
                collect(name, type, records, properties);
            }
            else {
                properties.add(name);
            }
        }
    }

    private static List<String> mainSources(String service) {
        try (Stream<Path> files = Files.walk(module(service).resolve("src/main/java"))) {
            return files.filter(file -> file.toString().endsWith(".java")).map(file -> {
                try {
                    return Files.readString(file);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
