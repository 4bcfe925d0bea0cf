package org.newsroom.editorial.demo;

import java.util.List;
import java.util.Map;
import org.newsroom.domain.edition.Edition;

/**
 * The word lists the generator composes stories from, one set per edition. All of
 * it was written for this project; none of it is real news.
 */
record Phrases(
        List<String> subjects,
        List<String> verbs,
        List<String> objects,
        List<String> places,
        List<String> sentences,
        List<String> subheads,
        List<String> quotes,
        List<String> sources,
        List<String> liveUpdates,
        List<String> breaking) {

    /** English headlines in the past tense agree with singular and plural subjects alike. */
    private static String pastTense(String verb) {
        String[] words = verb.split(" ", 2);
        String past = switch (words[0]) {
            case "rethink" -> "rethought";
            case "agree", "announce", "celebrate" -> words[0] + "d";
            default -> words[0] + "ed";
        };
        return words.length == 1 ? past : past + " " + words[1];
    }

    static Phrases of(Edition edition) {
        return ALL.get(edition);
    }

    private static final Map<Edition, Phrases> ALL = Map.of(
            Edition.EN, new Phrases(
                    List.of("City council", "Farmers' union", "The health ministry", "Regional leaders", "Port workers",
                            "A coalition of scientists", "The central bank", "Teachers", "Local residents", "The football federation",
                            "Young engineers", "The river authority", "Fishing communities", "A museum in the old town",
                            "Rail operators", "Doctors in rural clinics"),
                    List.of("back", "reject", "delay", "announce", "question", "celebrate", "expand", "review",
                            "warn against", "agree on", "launch", "rethink").stream().map(Phrases::pastTense).toList(),
                    List.of("a new water plan", "cheaper bus fares", "the harvest forecast", "a solar park", "longer school days",
                            "the stadium project", "a flood barrier", "new rules for drones", "the coastal railway",
                            "a digital library", "the vaccination drive", "a ban on plastic bags", "the budget for hospitals",
                            "a festival of small theatres", "a reform of pensions", "open data for farmers"),
                    List.of("in the capital", "along the coast", "in the northern valleys", "before the rainy season",
                            "after months of talks", "for the first time", "despite the heat", "at a packed meeting"),
                    List.of("Officials said the decision would be reviewed again in the spring.",
                            "Several groups had asked for more time to study the figures.",
                            "The plan was drawn up after a year of public hearings.",
                            "Critics argue that the costs have been underestimated from the start.",
                            "Supporters say the change will be felt within months.",
                            "The numbers published on Monday show a steady rise since last year.",
                            "Independent experts have called for a full audit of the programme.",
                            "Residents gathered outside the hall long before the doors opened.",
                            "The minister did not answer questions about the timetable.",
                            "A similar scheme was tried a decade ago and quietly dropped.",
                            "Opposition members said they would table amendments next week.",
                            "The first results are expected before the end of the quarter.",
                            "Local businesses have mixed feelings about the proposal.",
                            "Engineers warned that the old network could not cope for much longer.",
                            "Many families say prices have risen faster than their wages.",
                            "The agreement still has to be approved by the regional assembly."),
                    List.of("What happens next", "Who pays", "A long road to this point", "The view from the street",
                            "Numbers behind the decision", "What critics say"),
                    List.of("We have waited long enough for this, and people want to see results.",
                            "Nobody asked the people who will live with the consequences.",
                            "It is a first step, not the end of the story."),
                    List.of("Newsroom staff", "Agencies", "Newsroom and agencies", "Local media"),
                    List.of("Crews reach the affected district and begin clearing roads.",
                            "Officials confirm the meeting will resume after a short break.",
                            "Witnesses describe long queues outside the polling stations.",
                            "The mayor says shelters have room for another two hundred people.",
                            "Power has been restored to most neighbourhoods, the utility says."),
                    List.of("Parliament approves emergency budget after overnight session",
                            "Heavy rain closes main highway north of the capital",
                            "National team qualifies for the final round",
                            "Central bank holds interest rates steady")),
            Edition.ES, new Phrases(
                    List.of("Los concejales", "Los sindicatos agrarios", "Los técnicos de Sanidad", "Los líderes regionales",
                            "Los trabajadores del puerto", "Las científicas", "Los consejeros del banco central", "Los docentes",
                            "Los vecinos del barrio", "Los directivos del fútbol", "Jóvenes ingenieros", "Los gestores del río",
                            "Las cofradías de pescadores", "Los museos del casco antiguo", "Las operadoras ferroviarias",
                            "Médicos de centros rurales"),
                    List.of("respaldan", "rechazan", "aplazan", "anuncian", "cuestionan", "celebran", "amplían", "revisan",
                            "advierten sobre", "acuerdan", "ponen en marcha", "replantean"),
                    List.of("un nuevo plan hídrico", "billetes de autobús más baratos", "la previsión de cosecha",
                            "un parque solar", "jornadas escolares más largas", "el proyecto del estadio", "un dique contra inundaciones",
                            "nuevas normas para drones", "el tren de la costa", "una biblioteca digital", "la campaña de vacunación",
                            "la prohibición de bolsas de plástico", "el presupuesto de los hospitales", "un festival de teatro pequeño",
                            "una reforma de las pensiones", "datos abiertos para el campo"),
                    List.of("en la capital", "a lo largo de la costa", "en los valles del norte", "antes de la temporada de lluvias",
                            "tras meses de negociaciones", "por primera vez", "pese al calor", "en una reunión abarrotada"),
                    List.of("Las autoridades señalaron que la decisión se revisará de nuevo en primavera.",
                            "Varios colectivos habían pedido más tiempo para estudiar las cifras.",
                            "El plan se elaboró tras un año de audiencias públicas.",
                            "Los críticos sostienen que los costes se subestimaron desde el principio.",
                            "Sus defensores aseguran que el cambio se notará en pocos meses.",
                            "Los datos publicados el lunes muestran un aumento constante desde el año pasado.",
                            "Expertos independientes han pedido una auditoría completa del programa.",
                            "Los vecinos se concentraron frente al salón mucho antes de que abrieran las puertas.",
                            "El ministro no respondió a las preguntas sobre el calendario.",
                            "Hace una década se probó un sistema parecido que acabó abandonado sin ruido.",
                            "La oposición anunció que presentará enmiendas la próxima semana.",
                            "Los primeros resultados se esperan antes de que termine el trimestre.",
                            "Los comercios de la zona reciben la propuesta con sentimientos encontrados.",
                            "Los ingenieros advirtieron de que la red antigua no aguantará mucho más.",
                            "Muchas familias dicen que los precios han subido más deprisa que sus sueldos.",
                            "El acuerdo todavía debe aprobarlo la asamblea regional."),
                    List.of("Qué pasará ahora", "Quién paga", "Un largo camino", "La mirada desde la calle",
                            "Las cifras de la decisión", "Lo que dicen los críticos"),
                    List.of("Hemos esperado demasiado y la gente quiere ver resultados.",
                            "Nadie preguntó a quienes vivirán con las consecuencias.",
                            "Es un primer paso, no el final de la historia."),
                    List.of("Redacción", "Agencias", "Redacción y agencias", "Medios locales"),
                    List.of("Los equipos llegan al distrito afectado y empiezan a despejar las calles.",
                            "Las autoridades confirman que la reunión se reanudará tras una pausa.",
                            "Testigos describen largas colas ante los colegios electorales.",
                            "La alcaldesa afirma que los albergues tienen sitio para doscientas personas más.",
                            "La electricidad vuelve a la mayoría de los barrios, según la compañía."),
                    List.of("El Parlamento aprueba un presupuesto de emergencia tras una sesión nocturna",
                            "Las lluvias cortan la autopista principal al norte de la capital",
                            "La selección se clasifica para la ronda final",
                            "El banco central mantiene los tipos de interés")),
            Edition.AR, new Phrases(
                    List.of("مجلس المدينة", "نقابة المزارعين", "وزارة الصحة", "القادة الإقليميون", "عمال الميناء",
                            "تحالف من العلماء", "البنك المركزي", "المعلمون", "سكان الحي", "اتحاد كرة القدم",
                            "مهندسون شباب", "هيئة النهر", "مجتمعات الصيادين", "متحف في المدينة القديمة",
                            "مشغلو السكك الحديدية", "أطباء العيادات الريفية"),
                    List.of("يدعمون", "يرفضون", "يؤجلون", "يعلنون", "يناقشون", "يحتفلون بـ", "يوسعون", "يراجعون",
                            "يحذرون من", "يتفقون على", "يطلقون", "يعيدون النظر في"),
                    List.of("خطة جديدة للمياه", "تذاكر حافلات أرخص", "توقعات الحصاد", "حديقة للطاقة الشمسية",
                            "يوم دراسي أطول", "مشروع الملعب", "حاجز للفيضانات", "قواعد جديدة للطائرات المسيرة",
                            "قطار الساحل", "مكتبة رقمية", "حملة التطعيم", "حظر الأكياس البلاستيكية", "ميزانية المستشفيات",
                            "مهرجان للمسارح الصغيرة", "إصلاح نظام التقاعد", "بيانات مفتوحة للمزارعين"),
                    List.of("في العاصمة", "على طول الساحل", "في الوديان الشمالية", "قبل موسم الأمطار", "بعد أشهر من المحادثات",
                            "للمرة الأولى", "رغم الحر", "في اجتماع مزدحم"),
                    List.of("قال مسؤولون إن القرار سيُراجع مرة أخرى في الربيع.",
                            "طلبت عدة مجموعات مزيدًا من الوقت لدراسة الأرقام.",
                            "وُضعت الخطة بعد عام من جلسات الاستماع العامة.",
                            "يرى المنتقدون أن التكاليف قُدّرت بأقل من حقيقتها منذ البداية.",
                            "يقول المؤيدون إن التغيير سيظهر خلال أشهر.",
                            "تُظهر الأرقام المنشورة يوم الاثنين ارتفاعًا مطردًا منذ العام الماضي.",
                            "دعا خبراء مستقلون إلى تدقيق شامل في البرنامج.",
                            "تجمع السكان أمام القاعة قبل فتح الأبواب بوقت طويل.",
                            "لم يجب الوزير عن الأسئلة المتعلقة بالجدول الزمني.",
                            "جُرّبت خطة مشابهة قبل عقد ثم تُركت بهدوء.",
                            "قال نواب المعارضة إنهم سيقدمون تعديلات الأسبوع المقبل.",
                            "يُتوقع صدور النتائج الأولى قبل نهاية الربع.",
                            "تتباين مواقف أصحاب المتاجر المحلية من الاقتراح.",
                            "حذر المهندسون من أن الشبكة القديمة لن تصمد طويلًا.",
                            "تقول عائلات كثيرة إن الأسعار ارتفعت أسرع من أجورها.",
                            "ما زال الاتفاق بحاجة إلى موافقة المجلس الإقليمي."),
                    List.of("ماذا بعد", "من يدفع", "طريق طويل", "نظرة من الشارع", "أرقام وراء القرار", "ماذا يقول المنتقدون"),
                    List.of("انتظرنا طويلًا، والناس يريدون أن يروا نتائج.",
                            "لم يسأل أحد من سيعيشون مع العواقب.",
                            "إنها خطوة أولى وليست نهاية القصة."),
                    List.of("غرفة الأخبار", "وكالات", "غرفة الأخبار ووكالات", "وسائل إعلام محلية"),
                    List.of("فرق الإنقاذ تصل إلى الحي المتضرر وتبدأ فتح الطرق.",
                            "المسؤولون يؤكدون استئناف الاجتماع بعد استراحة قصيرة.",
                            "شهود يصفون طوابير طويلة أمام مراكز الاقتراع.",
                            "رئيسة البلدية: الملاجئ تتسع لمئتي شخص إضافي.",
                            "عودة الكهرباء إلى معظم الأحياء بحسب الشركة."),
                    List.of("البرلمان يقر ميزانية طارئة بعد جلسة ليلية",
                            "أمطار غزيرة تغلق الطريق السريع شمال العاصمة",
                            "المنتخب الوطني يتأهل إلى الدور النهائي",
                            "البنك المركزي يبقي أسعار الفائدة دون تغيير")));
}
