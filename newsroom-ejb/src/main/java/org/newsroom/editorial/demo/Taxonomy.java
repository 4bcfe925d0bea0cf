package org.newsroom.editorial.demo;

import java.util.List;
import org.newsroom.domain.article.ArticleKind;

/** The section tree, regions, tags and coverages of the demo, named in the three languages (en, es, ar). */
final class Taxonomy {

    private Taxonomy() {
    }

    /** A name in English, Spanish and Arabic; the English one also makes the slug in en and es. */
    record Names(String en, String es, String ar) {
        String in(org.newsroom.domain.edition.Edition edition) {
            return switch (edition) {
                case EN -> en;
                case ES -> es;
                case AR -> ar;
            };
        }
    }

    record SectionDef(String slug, Names names, ArticleKind kind, List<SectionDef> children) {
        static SectionDef leaf(String slug, ArticleKind kind, String en, String es, String ar) {
            return new SectionDef(slug, new Names(en, es, ar), kind, List.of());
        }
    }

    static final List<SectionDef> SECTIONS = List.of(
            new SectionDef("news", new Names("News", "Noticias", "أخبار"), ArticleKind.NEWS, List.of(
                    SectionDef.leaf("politics", ArticleKind.NEWS, "Politics", "Política", "سياسة"),
                    SectionDef.leaf("economy", ArticleKind.NEWS, "Economy", "Economía", "اقتصاد"),
                    SectionDef.leaf("sports", ArticleKind.NEWS, "Sports", "Deportes", "رياضة"),
                    SectionDef.leaf("arts-culture", ArticleKind.NEWS, "Arts & Culture", "Arte y cultura", "فن وثقافة"),
                    SectionDef.leaf("health", ArticleKind.NEWS, "Health", "Salud", "صحة"),
                    SectionDef.leaf("miscellaneous", ArticleKind.NEWS, "Miscellaneous", "Variedades", "منوعات"),
                    SectionDef.leaf("technology", ArticleKind.NEWS, "Technology", "Tecnología", "تكنولوجيا"),
                    SectionDef.leaf("environment", ArticleKind.NEWS, "Environment", "Medio ambiente", "بيئة"))),
            new SectionDef("articles", new Names("Articles", "Artículos", "مقالات"), ArticleKind.OPINION, List.of(
                    SectionDef.leaf("opinion", ArticleKind.OPINION, "Opinion", "Opinión", "رأي"),
                    SectionDef.leaf("analysis", ArticleKind.ANALYSIS, "Analysis", "Análisis", "تحليل"),
                    SectionDef.leaf("blog", ArticleKind.BLOG, "Blog", "Blog", "مدونة"),
                    SectionDef.leaf("features", ArticleKind.FEATURE, "Features", "Reportajes", "تقارير"))),
            new SectionDef("videos", new Names("Videos", "Vídeos", "فيديو"), ArticleKind.VIDEO, List.of(
                    SectionDef.leaf("newsfeed", ArticleKind.VIDEO, "NewsFeed", "Al minuto", "موجز"),
                    SectionDef.leaf("video-features", ArticleKind.VIDEO, "Video Features", "Reportajes en vídeo", "تقارير مصورة"),
                    SectionDef.leaf("explainers", ArticleKind.VIDEO, "Explainers", "Explicativos", "شروحات"),
                    SectionDef.leaf("tv", ArticleKind.VIDEO, "TV", "TV", "تلفزيون"),
                    SectionDef.leaf("digital-series", ArticleKind.VIDEO, "Digital Series", "Series digitales", "سلاسل رقمية"))),
            SectionDef.leaf("infographs", ArticleKind.INFOGRAPH, "Infographs", "Infografías", "إنفوغراف"),
            SectionDef.leaf("in-pictures", ArticleKind.GALLERY, "In Pictures", "En imágenes", "بالصور"),
            SectionDef.leaf("live", ArticleKind.LIVE, "Live", "En directo", "مباشر"));

    record Term(String slug, Names names) {
    }

    static final List<Term> REGIONS = List.of(
            new Term("africa", new Names("Africa", "África", "أفريقيا")),
            new Term("asia", new Names("Asia", "Asia", "آسيا")),
            new Term("asia-pacific", new Names("Asia-Pacific", "Asia-Pacífico", "آسيا والمحيط الهادئ")),
            new Term("europe", new Names("Europe", "Europa", "أوروبا")),
            new Term("latin-america", new Names("Latin America", "América Latina", "أمريكا اللاتينية")),
            new Term("mena", new Names("MENA", "Oriente Medio y Norte de África", "الشرق الأوسط وشمال أفريقيا")),
            new Term("palestine", new Names("Palestine", "Palestina", "فلسطين")),
            new Term("us-canada", new Names("US & Canada", "EE. UU. y Canadá", "الولايات المتحدة وكندا")));

    static final List<Term> TAGS = List.of(
            new Term("elections", new Names("Elections", "Elecciones", "انتخابات")),
            new Term("climate", new Names("Climate", "Clima", "المناخ")),
            new Term("water", new Names("Water", "Agua", "المياه")),
            new Term("football", new Names("Football", "Fútbol", "كرة القدم")),
            new Term("public-health", new Names("Public health", "Salud pública", "الصحة العامة")),
            new Term("transport", new Names("Transport", "Transporte", "النقل")),
            new Term("education", new Names("Education", "Educación", "التعليم")),
            new Term("energy", new Names("Energy", "Energía", "الطاقة")),
            new Term("farming", new Names("Farming", "Agricultura", "الزراعة")),
            new Term("cities", new Names("Cities", "Ciudades", "المدن")),
            new Term("budget", new Names("Budget", "Presupuesto", "الميزانية")),
            new Term("museums", new Names("Museums", "Museos", "المتاحف")));

    record CoverageDef(String slug, Names names, Names descriptions) {
    }

    static final List<CoverageDef> COVERAGES = List.of(
            new CoverageDef("the-water-years", new Names("The water years", "Los años del agua", "سنوات المياه"),
                    new Names("How towns, farms and rivers are coping with less rain.",
                            "Cómo se adaptan pueblos, campos y ríos a la falta de lluvia.",
                            "كيف تتكيف البلدات والمزارع والأنهار مع قلة الأمطار.")),
            new CoverageDef("ballot-season", new Names("Ballot season", "Temporada electoral", "موسم الاقتراع"),
                    new Names("Every vote of the year, from town halls to parliaments.",
                            "Todas las votaciones del año, de los ayuntamientos a los parlamentos.",
                            "كل عمليات التصويت هذا العام، من البلديات إلى البرلمانات.")),
            new CoverageDef("rebuilding-the-coast", new Names("Rebuilding the coast", "Reconstruir la costa", "إعادة بناء الساحل"),
                    new Names("The long work of repairing harbours, homes and beaches after the storms.",
                            "El largo trabajo de reparar puertos, casas y playas tras los temporales.",
                            "العمل الطويل لإصلاح الموانئ والمنازل والشواطئ بعد العواصف.")));

    record AuthorDef(String slug, String name, String bio) {
    }

    static final List<AuthorDef> AUTHORS = List.of(
            new AuthorDef("mara-okafor", "Mara Okafor", "Covers cities and transport."),
            new AuthorDef("tomas-ferrer", "Tomás Ferrer", "Economics correspondent."),
            new AuthorDef("layla-haddad", "Layla Haddad", "Reports on health and science."),
            new AuthorDef("ivan-petrov", "Ivan Petrov", "Sports writer."),
            new AuthorDef("ana-lucia-reyes", "Ana Lucía Reyes", "Culture editor."),
            new AuthorDef("samir-nasser", "Samir Nasser", "Regional affairs analyst."),
            new AuthorDef("grace-whitfield", "Grace Whitfield", "Climate and environment reporter."),
            new AuthorDef("kenji-mori", "Kenji Mori", "Technology correspondent."),
            new AuthorDef("nadia-benali", "Nadia Benali", "Opinion columnist."),
            new AuthorDef("oscar-lindqvist", "Oscar Lindqvist", "Video producer."),
            new AuthorDef("rania-khoury", "Rania Khoury", "Photo editor."),
            new AuthorDef("diego-salas", "Diego Salas", "Live desk editor."));
}
