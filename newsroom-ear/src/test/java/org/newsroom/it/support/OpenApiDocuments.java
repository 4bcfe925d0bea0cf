package org.newsroom.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The two OpenAPI documents the server publishes, read the way an integrator's tools read them: fetched
 * without credentials, parsed and validated by swagger-parser, and compared with the code. The code's
 * side comes from the real EAR: each WAR's classes are loaded and every JAX-RS resource method found by
 * reflection ({@code @Path} and the HTTP method annotations), so an endpoint added without a document
 * entry, or a document entry whose endpoint is gone, fails the test that compares them.
 */
public final class OpenApiDocuments {

    private static final String JAX_RS_PATH = "Ljakarta/ws/rs/Path;";

    private OpenApiDocuments() {
    }

    /** The document at {@code path}, asked for as JSON by nobody in particular; valid, or the test fails with why. */
    public static OpenAPI read(String path) throws Exception {
        HttpResponse<String> response = new ReaderSite().get(path, "Accept", "application/json");
        assertEquals(200, response.statusCode(), path + " without credentials");
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(response.body(), null, options);
        assertEquals(List.of(), parsed.getMessages() == null ? List.of() : parsed.getMessages(), "what the parser says of " + path);
        assertNotNull(parsed.getOpenAPI(), path);
        assertTrue(parsed.getOpenAPI().getOpenapi().startsWith("3."), parsed.getOpenAPI().getOpenapi());
        return parsed.getOpenAPI();
    }

    /** Each operation of the document as {@code "GET /admin/api/v1/articles/{id}"}. */
    public static Set<String> operations(OpenAPI document) {
        Set<String> operations = new TreeSet<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.add(method.name() + " " + path)));
        return operations;
    }

    /** Every operation with its method and path, for checks that walk them all. */
    public static Map<String, Operation> operationsByName(OpenAPI document) {
        Map<String, Operation> operations = new java.util.TreeMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method.name() + " " + path, operation)));
        return operations;
    }

    /**
     * The resource methods of one WAR of the EAR as {@code "GET /context/app/resource/{id}"}: the context path,
     * the JAX-RS application's path, the class's and the method's {@code @Path} (a template's regular expression
     * dropped, as OpenAPI writes it); only those whose address {@code belongs} (the public site's HTML routes are
     * no part of its API), and none whose {@code @Operation} says it is hidden.
     */
    public static Set<String> endpointsInCode(String war, String contextPath, Predicate<String> belongs) throws Exception {
        WebArchive archive = Deployments.ear().getAsType(WebArchive.class, war);
        java.nio.file.Path classes = Files.createTempDirectory("openapi-" + war);
        List<String> candidates = new ArrayList<>();
        List<URL> roots = new ArrayList<>(List.of(classes.toUri().toURL()));
        for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
            String name = entry.getKey().get();
            if (entry.getValue().getAsset() == null) {
                continue;
            }
            if (name.startsWith("/WEB-INF/classes/") && name.endsWith(".class")) {
                byte[] bytes = bytes(entry.getValue());
                java.nio.file.Path file = classes.resolve(name.substring("/WEB-INF/classes/".length()));
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
                // Only classes that mention @Path are loaded: the others may need libraries this JVM lacks.
                if (new String(bytes, StandardCharsets.ISO_8859_1).contains(JAX_RS_PATH)
                        || new String(bytes, StandardCharsets.ISO_8859_1).contains("Ljakarta/ws/rs/ApplicationPath;")) {
                    candidates.add(name.substring("/WEB-INF/classes/".length(), name.length() - ".class".length()).replace('/', '.'));
                }
            } else if (name.startsWith("/WEB-INF/lib/") && name.endsWith(".jar")) {
                java.nio.file.Path jar = classes.resolve("lib-" + name.substring("/WEB-INF/lib/".length()));
                Files.write(jar, bytes(entry.getValue()));
                roots.add(jar.toUri().toURL());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(roots.toArray(URL[]::new), OpenApiDocuments.class.getClassLoader())) {
            String applicationPath = null;
            List<Class<?>> resources = new ArrayList<>();
            for (String name : candidates) {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(ApplicationPath.class)) {
                    assertTrue(applicationPath == null, "two JAX-RS applications in " + war);
                    applicationPath = type.getAnnotation(ApplicationPath.class).value();
                } else if (type.isAnnotationPresent(Path.class)) {
                    resources.add(type);
                }
            }
            assertNotNull(applicationPath, "no JAX-RS application in " + war);
            Set<String> endpoints = new TreeSet<>();
            for (Class<?> resource : resources) {
                for (Method method : resource.getMethods()) {
                    String httpMethod = httpMethod(method);
                    if (httpMethod == null) {
                        assertFalse(method.isAnnotationPresent(Path.class),
                                "a sub-resource locator, which this comparison does not follow: " + method);
                        continue;
                    }
                    String address = join(contextPath, applicationPath, resource.getAnnotation(Path.class).value(),
                            method.isAnnotationPresent(Path.class) ? method.getAnnotation(Path.class).value() : "");
                    if (belongs.test(address) && !hidden(method)) {
                        endpoints.add(httpMethod + " " + address);
                    }
                }
            }
            return endpoints;
        } finally {
            try (java.util.stream.Stream<java.nio.file.Path> files = Files.walk(classes)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }

    /** Every schema an operation sends or receives says something: a reference or a type, never the empty {@code {}}. */
    public static void assertEveryBodyHasASchema(OpenAPI document) {
        List<String> empty = new ArrayList<>();
        operationsByName(document).forEach((name, operation) -> {
            if (operation.getRequestBody() != null) {
                collectEmpty(name + " request", operation.getRequestBody().getContent(), empty);
            }
            operation.getResponses().forEach((status, response) -> {
                if (response.get$ref() == null) {
                    collectEmpty(name + " " + status, response.getContent(), empty);
                }
            });
        });
        assertEquals(List.of(), empty, "bodies without a schema");
    }

    /** The choices a parameter's schema (or the enum schema it refers to) allows. */
    public static List<String> choices(OpenAPI document, Operation operation, String parameter) {
        Schema<?> schema = operation.getParameters().stream().filter(p -> p.getName().equals(parameter)).findFirst()
                .orElseThrow(() -> new AssertionError("no parameter " + parameter)).getSchema();
        if (schema.getItems() != null) {
            schema = schema.getItems();
        }
        if (schema.get$ref() != null) {
            schema = document.getComponents().getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        assertNotNull(schema.getEnum(), parameter + " has no choices");
        return schema.getEnum().stream().map(String::valueOf).toList();
    }

    private static void collectEmpty(String where, Content content, List<String> empty) {
        if (content == null) {
            return;
        }
        content.forEach((type, media) -> {
            Schema<?> schema = media.getSchema();
            if (schema == null || (schema.get$ref() == null && schema.getType() == null
                    && (schema.getTypes() == null || schema.getTypes().isEmpty()))) {
                empty.add(where + " " + type);
            }
        });
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static boolean hidden(Method method) {
        org.eclipse.microprofile.openapi.annotations.Operation operation =
                method.getAnnotation(org.eclipse.microprofile.openapi.annotations.Operation.class);
        return operation != null && operation.hidden();
    }

    /** The segments joined with single slashes, {@code {id: [0-9]{1,18}}} written {@code {id}}, no trailing slash. */
    static String join(String... segments) {
        String joined = String.join("/", segments).replaceAll("/{2,}", "/");
        StringBuilder path = new StringBuilder();
        int depth = 0;
        boolean inExpression = false;
        for (char c : joined.toCharArray()) {
            if (c == '{' && depth++ == 0) {
                inExpression = false;
                path.append(c);
            } else if (c == '}' && --depth == 0) {
                path.append(c);
            } else if (depth == 1 && c == ':') {
                inExpression = true;
            } else if (depth == 0 || (depth == 1 && !inExpression && c != ' ')) {
                path.append(c);
            }
        }
        String result = path.toString();
        return result.length() > 1 && result.endsWith("/") ? result.substring(0, result.length() - 1) : result;
    }

    private static byte[] bytes(Node node) {
        try (InputStream in = node.getAsset().openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails with the differences both ways, so the message says what to add to the code or the document. */
    public static void assertSameOperations(Set<String> inCode, Set<String> inDocument) {
        Set<String> undocumented = new TreeSet<>(inCode);
        undocumented.removeAll(inDocument);
        Set<String> phantom = new TreeSet<>(inDocument);
        phantom.removeAll(inCode);
        if (!undocumented.isEmpty() || !phantom.isEmpty()) {
            fail("endpoints the document lacks: " + undocumented + "; document entries no code answers: " + phantom);
        }
        assertFalse(inCode.isEmpty(), "no endpoints found in the code at all");
    }
}
