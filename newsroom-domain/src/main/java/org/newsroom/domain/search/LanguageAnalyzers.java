package org.newsroom.domain.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilterFactory;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.newsroom.domain.edition.Edition;

/**
 * One analyzer per edition language. Bodies are HTML, so markup is stripped before
 * tokenizing. Arabic is normalised the way readers type: without diacritics (tashkeel)
 * or tatweel, and with any alef form (أ إ آ) matching a bare alef, so "الأخبار" and
 * "الاخبار" and a fully vowelled word all meet. Spanish and English fold accents so that
 * "politica" finds "política".
 *
 * <p>The same chains for both search backends, step for step: OpenSearch's names below are its
 * wrappers of the very Lucene filters above them, so a word is cut and stemmed alike on one node's
 * Lucene index and on a cluster's OpenSearch (SearchParityIT compares their results). Hibernate
 * Search asks each backend for its own kind of configurer; this class is both.
 */
public class LanguageAnalyzers implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

    private static final Map<String, Analyzer> LUCENE = new ConcurrentHashMap<>();

    /** The analyzer (and field suffix) for an edition's language: {@code en}, {@code es}, {@code ar}. */
    public static String of(Edition edition) {
        return edition.code();
    }

    /** The Lucene backend indexes with the very analyzers of {@link #lucene}. */
    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (Edition edition : Edition.values()) {
            context.analyzer(of(edition)).instance(lucene(of(edition)));
        }
    }

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("newsroom_possessive_english").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("newsroom_light_spanish").type("stemmer").param("language", "light_spanish");
        context.analyzer("en").custom()
                .tokenizer("standard")
                .charFilters("html_strip")
                .tokenFilters("newsroom_possessive_english", "lowercase", "asciifolding", "porter_stem");
        context.analyzer("es").custom()
                .tokenizer("standard")
                .charFilters("html_strip")
                .tokenFilters("lowercase", "newsroom_light_spanish", "asciifolding");
        context.analyzer("ar").custom()
                .tokenizer("standard")
                .charFilters("html_strip")
                .tokenFilters("lowercase", "decimal_digit", "arabic_normalization", "arabic_stem");
    }

    /**
     * The language's chain as a Lucene analyzer: the Lucene backend indexes with it, and search
     * marks the words of a hit that match the query with it whichever backend holds the index
     * (with {@code elasticsearch} the index's own analyzer lives in OpenSearch). Built once per
     * language; thread-safe.
     */
    public static Analyzer lucene(String language) {
        return LUCENE.computeIfAbsent(language, LanguageAnalyzers::build);
    }

    private static Analyzer build(String language) {
        try {
            CustomAnalyzer.Builder chain = CustomAnalyzer.builder()
                    .withTokenizer(StandardTokenizerFactory.class)
                    .addCharFilter(HTMLStripCharFilterFactory.class);
            return switch (language) {
                case "en" -> chain.addTokenFilter(EnglishPossessiveFilterFactory.class)
                        .addTokenFilter(LowerCaseFilterFactory.class)
                        .addTokenFilter(ASCIIFoldingFilterFactory.class)
                        .addTokenFilter(PorterStemFilterFactory.class).build();
                case "es" -> chain.addTokenFilter(LowerCaseFilterFactory.class)
                        .addTokenFilter(SpanishLightStemFilterFactory.class)
                        .addTokenFilter(ASCIIFoldingFilterFactory.class).build();
                case "ar" -> chain.addTokenFilter(LowerCaseFilterFactory.class)
                        .addTokenFilter(DecimalDigitFilterFactory.class)
                        .addTokenFilter(ArabicNormalizationFilterFactory.class)
                        .addTokenFilter(ArabicStemFilterFactory.class).build();
                default -> throw new IllegalArgumentException("No analyzer for language " + language);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
