package org.steward.notification.template;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Version;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.steward.system.web.FieldProblem;

/**
 * The one FreeMarker configuration every template runs in. A template reaches nothing but its data model:
 * <ul>
 *   <li>{@code ?new} resolves no class ({@link TemplateClassResolver#ALLOWS_NOTHING_RESOLVER});</li>
 *   <li>{@code ?api} is off, and the object wrapper ({@link SimpleObjectWrapper}) wraps only maps, lists,
 *       text, numbers, booleans and dates — any other object is refused, so no Java method is callable;</li>
 *   <li>no template loader: {@code #include}/{@code #import} find nothing;</li>
 *   <li>HTML auto-escaping of every {@code ${...}};</li>
 *   <li>errors stop the rendering ({@code RETHROW}); output is capped at {@link #MAX_OUTPUT_CHARS}
 *       characters and rendering at {@link #TIME_LIMIT}, after which the rendering thread is interrupted.</li>
 * </ul>
 */
@Component
public final class TemplateSandbox implements AutoCloseable {

    public static final Version FREEMARKER = Configuration.VERSION_2_3_34;
    public static final int MAX_OUTPUT_CHARS = 512 * 1024;
    public static final Duration TIME_LIMIT = Duration.ofSeconds(2);

    private final Configuration configuration;
    private final ExecutorService renderers;

    public TemplateSandbox() {
        configuration = new Configuration(FREEMARKER);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setObjectWrapper(new SimpleObjectWrapper(FREEMARKER));
        configuration.setTemplateLoader(new StringTemplateLoader());
        configuration.setLocalizedLookup(false);
        configuration.setRecognizeStandardFileExtensions(false);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setAutoEscapingPolicy(Configuration.ENABLE_IF_DEFAULT_AUTO_ESCAPING_POLICY);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setAttemptExceptionReporter((e, env) -> { });
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setLocale(Locale.ENGLISH);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputEncoding("UTF-8");
        AtomicInteger threads = new AtomicInteger();
        renderers = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(1000), r -> {
            Thread t = new Thread(r, "template-render-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Parses a template; a syntax error becomes an {@link InvalidTemplateException} with its line and column. */
    public Template compile(String name, String source) {
        try {
            Template template = new Template(name, new StringReader(source), configuration);
            _CoreAPI.addThreadInterruptedChecks(template);
            return template;
        } catch (ParseException e) {
            throw new InvalidTemplateException(name, List.of(InvalidTemplateException.at(e.getLineNumber(), e.getColumnNumber(), e.getEditorMessage())));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read template " + name, e);
        }
    }

    /** Checks the sandbox rules and the syntax; the problems of both, with line and column. */
    public Template validate(String name, String source) {
        List<FieldProblem> problems = SandboxRules.check(source);
        if (!problems.isEmpty()) {
            throw new InvalidTemplateException(name, problems);
        }
        return compile(name, source);
    }

    /**
     * Renders a compiled template against a model (see {@link ModelMaps}). A runtime error — a missing
     * variable, a refused built-in, too much output, too much time — becomes an {@link InvalidTemplateException}
     * naming the line and column where the template stopped.
     */
    public Rendered render(Template template, Object model) {
        Map<String, Object> root = ModelMaps.of(model);
        Future<Rendered> rendering = renderers.submit(() -> process(template, root));
        try {
            return rendering.get(TIME_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            rendering.cancel(true);
            throw new InvalidTemplateException(template.getName(), List.of(FieldProblem.of("source",
                    "rendering took longer than " + TIME_LIMIT.toSeconds() + " s and was stopped")));
        } catch (InterruptedException e) {
            rendering.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rendering " + template.getName(), e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Could not render " + template.getName(), e.getCause());
        }
    }

    private static Rendered process(Template template, Map<String, Object> root) throws IOException {
        StringWriter html = new StringWriter();
        try {
            Environment env = template.createProcessingEnvironment(root, new LimitedWriter(html, MAX_OUTPUT_CHARS));
            env.process();
            return new Rendered(subject(env.getMainNamespace().get("subject")), html.toString());
        } catch (TemplateException e) {
            String reason = e.getMessageWithoutStackTop().split("\n----")[0].replaceAll("\\s+", " ").trim();
            if (e.getLineNumber() != null) {
                throw new InvalidTemplateException(template.getName(), List.of(InvalidTemplateException.at(e.getLineNumber(), e.getColumnNumber(), reason)));
            }
            throw new InvalidTemplateException(template.getName(), List.of(FieldProblem.of("source", reason)));
        } catch (LimitedWriter.TooLong e) {
            throw new InvalidTemplateException(template.getName(), List.of(FieldProblem.of("source", e.getMessage())));
        }
    }

    private static String subject(TemplateModel value) throws TemplateModelException {
        String text;
        if (value == null) {
            return null;
        } else if (value instanceof TemplateScalarModel scalar) {
            text = scalar.getAsString();
        } else if (value instanceof TemplateMarkupOutputModel<?> markup) {
            text = HtmlUtils.htmlUnescape(markup.getOutputFormat().getMarkupString(cast(markup)).replaceAll("<[^>]*>", ""));
        } else {
            return null;
        }
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 900 ? oneLine.substring(0, 900) : oneLine;
    }

    @SuppressWarnings("unchecked")
    private static <M extends TemplateMarkupOutputModel<M>> M cast(TemplateMarkupOutputModel<?> model) {
        return (M) model;
    }

    @Override
    public void close() {
        renderers.shutdownNow();
    }

    /** A writer that refuses to grow past a limit, so a runaway template cannot fill the memory. */
    private static final class LimitedWriter extends Writer {

        private final Writer out;
        private final int limit;
        private int written;

        LimitedWriter(Writer out, int limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            written += length;
            if (written > limit) {
                throw new TooLong("the output is longer than " + limit + " characters");
            }
            out.write(buffer, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() {
        }

        static final class TooLong extends IOException {
            TooLong(String message) {
                super(message);
            }
        }
    }
}
