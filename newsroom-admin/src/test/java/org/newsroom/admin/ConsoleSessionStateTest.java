package org.newsroom.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The console is {@code <distributable/>}: its view- and session-scoped beans travel with the HTTP session to
 * another node, so everything they keep must be Serializable — their own fields, the records in them, and the
 * records inside those. A bean that keeps something else works on one node and breaks only when a node dies;
 * this finds it at build time. Injected proxies are the container's business and are left out.
 */
class ConsoleSessionStateTest {

    @Test
    void everythingAConsoleSessionKeepsIsSerializable() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertFalse(beans.isEmpty(), "no view- or session-scoped beans found");
        List<String> problems = new ArrayList<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), problems, new HashSet<>());
        }
        assertEquals(List.of(), problems);
    }

    /** The class itself must be Serializable; then every field it keeps (records: every component). */
    private static void check(Class<?> type, String path, List<String> problems, Set<Class<?>> seen) {
        if (!seen.add(type) || type.isPrimitive() || type.isEnum() || !type.getName().startsWith("org.newsroom.")) {
            return; // the JDK's and PrimeFaces' own types are checked through their type arguments below
        }
        if (!Serializable.class.isAssignableFrom(type)) {
            problems.add(path + ": " + type.getName() + " is not Serializable");
        }
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                checkType(component.getGenericType(), path + "." + component.getName(), problems, seen);
            }
            return;
        }
        for (Class<?> c = type; c != null && c.getName().startsWith("org.newsroom."); c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (kept(field)) {
                    checkType(field.getGenericType(), path + "." + field.getName(), problems, seen);
                }
            }
        }
    }

    private static void checkType(Type type, String path, List<String> problems, Set<Class<?>> seen) {
        if (type instanceof Class<?> plain) {
            check(plain.isArray() ? plain.getComponentType() : plain, path, problems, seen);
        } else if (type instanceof ParameterizedType generic) {
            checkType(generic.getRawType(), path, problems, seen);
            for (Type argument : generic.getActualTypeArguments()) {
                checkType(argument, path + "<>", problems, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                checkType(bound, path, problems, seen);
            }
        }
    }

    private static boolean kept(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isSynthetic()
                && !field.isAnnotationPresent(Inject.class) && !field.isAnnotationPresent(EJB.class);
    }

    /** Every class of this module under target/classes that is view- or session-scoped. */
    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(ConsoleSessionStateTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".");
                Class<?> type = load(name.substring(0, name.length() - ".class".length()));
                if (type != null && (type.isAnnotationPresent(ViewScoped.class) || type.isAnnotationPresent(SessionScoped.class))) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ConsoleSessionStateTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null; // classes that need the server to load are not beans of ours
        }
    }
}
