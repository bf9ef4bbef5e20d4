# Builds the service from this repository and runs it against the database named by NEO4J_URI.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY graph-schema graph-schema
COPY seed seed
RUN mvn -B -q -DskipTests package && cp target/accountability-graph-*.jar /app.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --home /app app
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow", "-jar", "/app/app.jar"]
