package org.newsroom.admin.failures;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ConsoleFailures} in front of Faces' own handler (faces-config.xml names this factory). */
public class ConsoleFailuresFactory extends ExceptionHandlerFactory {

    public ConsoleFailuresFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ConsoleFailures(getWrapped().getExceptionHandler());
    }
}
