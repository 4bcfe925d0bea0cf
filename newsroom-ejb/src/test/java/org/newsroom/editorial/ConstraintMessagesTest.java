package org.newsroom.editorial;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsroom.domain.refusal.InvalidInput;
import org.newsroom.domain.staff.StaffUser;
import org.newsroom.editorial.workflow.NewArticle;

/**
 * Every Bean Validation message the services write themselves names a {@link org.newsroom.domain.refusal.Reason}
 * ({@code "{org.newsroom.domain.refusal.Reason.NAME}"}), so the console says it in its language and
 * {@code RefusalBundlesTest} fails when a language lacks its sentence. A message written out in English, or a key
 * that names no reason, fails here. What a service validates itself and turns into a refusal (the inputs of this
 * module, and the domain's {@link #VALIDATED_BY_A_SERVICE}) may not keep the validator's own messages
 * ({@code {jakarta.validation...}}, said in the server's language) either. The other entities keep them: their
 * constraints are the last guard at flush, behind the services' own refusals, and reach nobody's screen.
 */
class ConstraintMessagesTest {

    /** Domain classes a service hands to {@code Validator.validate} and refuses by their violations. */
    private static final List<Class<?>> VALIDATED_BY_A_SERVICE = List.of(StaffUser.class); // StaffDirectory.openFor

    @Test
    void everyConstraintMessageOfTheDomainAndTheServicesNamesAReason() throws Exception {
        List<String> wrong = new ArrayList<>();
        int named = 0;
        for (Class<?> root : List.of(StaffUser.class, NewArticle.class)) {
            for (Class<?> type : classesBeside(root)) {
                boolean validatedByAService = root == NewArticle.class || VALIDATED_BY_A_SERVICE.contains(type);
                for (String[] found : messages(type)) {
                    if (found[1].startsWith("{jakarta.validation.") && !validatedByAService) {
                        continue;
                    }
                    if (InvalidInput.reasonNamedBy(found[1]) == null) {
                        wrong.add(found[0] + ": \"" + found[1] + "\"");
                    } else {
                        named++;
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), "constraint messages that name no Reason (write \"" + InvalidInput.TEMPLATE_PREFIX
                + "NAME}\" and give NAME a sentence in every refusals bundle):\n" + String.join("\n", new TreeSet<>(wrong)));
        assertTrue(named >= 18, "the scan found only " + named + " messages naming a reason; does it still see the inputs?");
    }

    /**
     * Every class compiled into the same place as {@code root} (its module's classes): a folder when the module is
     * built alone, its jar when the reactor hands the next module the packaged jar (as {@code package} does).
     */
    private static List<Class<?>> classesBeside(Class<?> root) throws IOException, URISyntaxException {
        Path location = Path.of(root.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            return classesUnder(location, root);
        }
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
            return classesUnder(jar.getPath("/"), root);
        }
    }

    private static List<Class<?>> classesUnder(Path classes, Class<?> root) throws IOException {
        List<Class<?>> types = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                name = name.substring(0, name.length() - ".class".length());
                if (name.endsWith("package-info") || name.endsWith("module-info") || name.startsWith("META-INF.")) {
                    continue;
                }
                try {
                    types.add(Class.forName(name, false, root.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError unloadable) {
                    throw new AssertionError("cannot load " + name, unloadable);
                }
            }
        }
        return types;
    }

    /** Where and what: each constraint's message on the type's fields, record components, methods and parameters. */
    private static List<String[]> messages(Class<?> type) {
        List<String[]> found = new ArrayList<>();
        try {
            for (Field field : type.getDeclaredFields()) {
                collect(type.getName() + "." + field.getName(), field, field.getAnnotatedType(), found);
            }
            if (type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    collect(type.getName() + "." + component.getName(), component, component.getAnnotatedType(), found);
                }
            }
            List<Executable> executables = new ArrayList<>(List.of(type.getDeclaredMethods()));
            executables.addAll(List.of(type.getDeclaredConstructors()));
            for (Executable executable : executables) {
                collect(type.getName() + "." + executable.getName(), executable, executable.getAnnotatedReturnType(), found);
                for (Parameter parameter : executable.getParameters()) {
                    collect(type.getName() + "." + executable.getName() + "(" + parameter.getName() + ")", parameter,
                            parameter.getAnnotatedType(), found);
                }
            }
        } catch (LinkageError unloadable) {
            throw new AssertionError("cannot read the members of " + type.getName(), unloadable);
        }
        return found;
    }

    private static void collect(String where, AnnotatedElement element, AnnotatedType type, List<String[]> found) {
        for (Annotation annotation : element.getAnnotations()) {
            message(where, annotation, found);
        }
        collectTypeUse(where, type, found);
    }

    /** Constraints on a type argument or an array's elements ({@code List<@Size(...) String>}). */
    private static void collectTypeUse(String where, AnnotatedType type, List<String[]> found) {
        if (type == null) {
            return;
        }
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                for (Annotation annotation : argument.getAnnotations()) {
                    message(where + "<>", annotation, found);
                }
                collectTypeUse(where + "<>", argument, found);
            }
        }
        if (type instanceof AnnotatedArrayType array) {
            for (Annotation annotation : array.getAnnotatedGenericComponentType().getAnnotations()) {
                message(where + "[]", annotation, found);
            }
        }
    }

    private static void message(String where, Annotation annotation, List<String[]> found) {
        if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
            try {
                found.add(new String[] {where + " @" + annotation.annotationType().getSimpleName(),
                        (String) annotation.annotationType().getMethod("message").invoke(annotation)});
            } catch (ReflectiveOperationException noMessage) {
                throw new AssertionError(where + ": a constraint without a message()", noMessage);
            }
        }
    }
}
