# syntax=docker/dockerfile:1
# A PMO service (or the gateway) from the executable jar that `./mvnw -B install -DskipTests` leaves in target/,
# split into Spring Boot's layers, so a rebuild reuses the dependency layers and replaces only the application.
# One file for every deployable module: infra/deploy/compose.yaml builds it with the module directory as context
# (`dockerfile: ../infra/deploy/docker/service.Dockerfile`) and sets SERVER_PORT; service.Dockerfile.dockerignore
# next to it keeps everything but the executable jar out of the context. By hand, from the repository root:
#   docker build -f infra/deploy/docker/service.Dockerfile -t pmo/project-service:0.1.0-SNAPSHOT project-service
FROM eclipse-temurin:17.0.16_8-jre-noble AS layers
WORKDIR /build
COPY target/*-exec.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

# curl stays in the image: compose's healthcheck asks /actuator/health/readiness with it
FROM eclipse-temurin:17.0.16_8-jre-noble
RUN groupadd --system pmo && useradd --system --gid pmo --no-create-home --shell /usr/sbin/nologin pmo
WORKDIR /application
COPY --from=layers /build/extracted/dependencies/ ./
COPY --from=layers /build/extracted/spring-boot-loader/ ./
COPY --from=layers /build/extracted/snapshot-dependencies/ ./
COPY --from=layers /build/extracted/application/ ./
USER pmo
# no AxonIQ update check or console banner (STACK.md pitfall 4); the heap follows the container's memory limit
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Daxoniq.update-checker.disabled=true -Ddisable-axoniq-console-message=true"
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
