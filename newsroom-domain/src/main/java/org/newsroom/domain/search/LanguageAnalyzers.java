package org.newsroom.domain.search;

import org.apache.lucene.analysis.ar.ArabicNormalizationFilterFactory;
import org.apache.lucene.analysis.ar.ArabicStemFilterFactory;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilterFactory;
import org.apache.lucene.analysis.core.DecimalDigitFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.es.SpanishLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.newsroom.domain.edition.Edition;

/**
 * One analyzer per edition language. Bodies are HTML, so markup is stripped before
 * tokenizing. Arabic is normalised the way readers type: without diacritics (tashkeel)
 * or tatweel, and with any alef form (أ إ آ) matching a bare alef, so "الأخبار" and
 * "الاخبار" and a fully vowelled word all meet. Spanish and English fold accents so that
 * "politica" finds "política".
 */
public class LanguageAnalyzers implements LuceneAnalysisConfigurer {

    /** The analyzer (and field suffix) for an edition's language: {@code en}, {@code es}, {@code ar}. */
    public static String of(Edition edition) {
        return edition.code();
    }

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("en").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(HTMLStripCharFilterFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
        context.analyzer("es").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(HTMLStripCharFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(SpanishLightStemFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class);
        context.analyzer("ar").custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(HTMLStripCharFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(DecimalDigitFilterFactory.class)
                .tokenFilter(ArabicNormalizationFilterFactory.class)
                .tokenFilter(ArabicStemFilterFactory.class);
    }
}
