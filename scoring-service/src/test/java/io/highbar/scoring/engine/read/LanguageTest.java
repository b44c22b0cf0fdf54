package io.highbar.scoring.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    /** Latvian, which has no function-word profile here. */
    private static final String LATVIAN = "Es strādāju par maiņas vadītāju nelielā maizes ceptuvē Rīgā. "
            + "Kādu rītu sabojājās lielā krāsns, un mums bija jāizcep trīs simti klaipu skolām. "
            + "Es piezvanīju citai ceptuvei, norunāju izmantot viņu "
            + "krāsni divas stundas un pats aizvedu mīklu ar savu mašīnu. Visas skolas saņēma maizi laikā. Pēc tam "
            + "es uzrakstīju īsu plānu, ko darīt, ja krāsns atkal sabojājas, un to tagad izmanto visas maiņas.";

    @ParameterizedTest
    @ValueSource(strings = {
        "En mi último trabajo noté que los pedidos se perdían y decidí revisar el proceso con el equipo de almacén.",
        "Ich habe gemerkt, dass die Rechnungen zu spät kamen, und ich habe den Prozess mit dem Team geändert.",
        "J'ai remarqué que les commandes arrivaient en retard et j'ai proposé un nouveau processus à l'équipe.",
        "Saya melihat bahwa laporan itu tidak akurat dan saya memperbaiki proses untuk tim kami.",
        "我注意到订单经常延迟，所以我和仓库团队一起改了流程。",
        "Заметил, что заказы задерживаются, и предложил команде новый процесс.",
        "Všiml jsem si, že objednávky chodí pozdě, a tak jsem s týmem ze skladu změnil celý postup.",
        "Am observat că facturile întârziau și am propus echipei un proces nou pentru că nu mai mergea.",
        "Niligundua kwamba oda zilikuwa zinachelewa, kwa hiyo nilibadilisha utaratibu pamoja na timu ya ghala.",
        "Napansin ko na laging huli ang mga order kaya binago ko ang proseso kasama ang team sa bodega.",
        "Huomasin, että tilaukset olivat myöhässä, ja muutin prosessin yhdessä varaston tiimin kanssa.",
        "Észrevettem, hogy a rendelések késnek, és ez nem volt jó, ezért a raktár csapatával megváltoztattam a folyamatot.",
        "Jeg opdagede at ordrerne kom for sent, og derfor ændrede jeg processen sammen med lageret."})
    void anAnswerInAnotherLanguageIsOtherLanguage(String text) {
        assertThat(Language.of(text).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /** Latvian, which has no function-word profile here: prose of a real answer's length still reads as a language. */
    @org.junit.jupiter.api.Test
    void proseInALanguageWithoutAProfileIsOtherLanguage() {
        assertThat(Language.of(LATVIAN).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Māori, whose particles "i", "a", "me", "he" are English function words too (a sixth of this text): the words are
     * not English words, so it is not read as English.
     */
    @org.junit.jupiter.api.Test
    void aLanguageSharingShortFunctionWordsWithEnglishIsNotEnglish() {
        String maori = "I mahi ahau hei kaiwhakahaere i te whare putunga kai i Ahuriri. I tētahi ata, i pakaru te taraka "
                + "nui, ā, e toru rau ngā pouaka kai me tae atu ki ngā kura. I waea atu ahau ki tētahi atu kamupene, i "
                + "tono ahau kia rua ngā taraka iti, ā, nāku anō i kawe ētahi pouaka i taku waka. I tae katoa ngā kai ki "
                + "ngā kura i te wā tika. Nō muri mai, i tuhia e au he mahere hou mō te wā ka pakaru anō he taraka, ā, "
                + "kei te whakamahia tēnei e ngā kaimahi katoa.";
        assertThat(Language.of(maori).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Longer text in a language whose particles look like English function words ("i", "a", "he" in Māori and
     * Hawaiian) repeats those few, where English of that length uses many different ones: neither story, written for
     * this test, is read as English; Māori, which has a profile, is named, and Hawaiian, which has none, is refused as
     * another language.
     */
    @org.junit.jupiter.api.Test
    void aLongStoryRepeatingAFewEnglishLookingParticlesIsNotReadAsEnglish() {
        String maori = "I tērā tau, i te mahi ahau i te tari o Te Kura Tuatahi o Ōhinemutu, ki Rotorua. I tētahi ata Mane, "
                + "ka tae mai tētahi kaimahi hou, ko Mere tōna ingoa. He wahine whakamā ia, ā, kāore ia i mōhio ki "
                + "tētahi o mātou. I kite ahau e noho mokemoke ana ia i te wā kai, nō reira ka tono au i a ia kia kai "
                + "tahi māua. I te wiki tuatahi, i whakaatu ahau ki a ia me pēhea te whakautu i te waea me te whakamahi "
                + "i te mīhini tā. I tuhia e au tētahi rārangi o ngā ingoa o ngā kaiako, ā, i whakapiria e ia ki tōna "
                + "rorohiko. Ia ata, ka pātai au mēnā he pātai āna. I te mutunga o te marama, kua mōhio ia ki ngā "
                + "whānau katoa e toro mai ana ki te tari. Ināianei, ko Mere te tuatahi ki te āwhina i ngā mātua hou "
                + "ina tae mai rātou. I ako ahau i tēnā: ahakoa he iti noa ngā mahi, he nui te hua.";
        String hawaiian = "I ka makahiki i hala, ua hana au ma kekahi keʻena kauka liʻiliʻi ma Hilo. Ua kali lōʻihi ka poʻe "
                + "maʻi ma ka lumi kali, i kekahi manawa ʻoi aku ma mua o hoʻokahi hola. Ua ʻike au ua kākau ʻia nā "
                + "manawa hālāwai a pau ma ka pepa, a ua nalowale pinepine nā palapala. No laila, ua hoʻokumu au i papa "
                + "manawa ma ka lolouila, a ua kāhea au i ka poʻe maʻi i ka lā ma mua o kā lākou hālāwai e hoʻomanaʻo "
                + "iā lākou. Ua aʻo pū au i ʻelua o koʻu mau hoa hana pehea e hoʻohana ai i kēia papa manawa hou. Ma "
                + "hope o ʻelua mahina, ua emi ka manawa kali a i ka ʻumikūmālima minuke wale nō. Ua hauʻoli nui ka "
                + "poʻe maʻi, a ua hiki i ke kauka ke lapaʻau i nā poʻe maʻi hou aʻe i kēlā me kēia lā. Ua mahalo mai "
                + "ke kauka iaʻu, a ke hoʻohana mau ʻia nei kēia ʻōnaehana a hiki i kēia lā.";
        assertThat(Language.of(maori)).isEqualTo(new Language.Verdict(Language.Kind.OTHER_LANGUAGE, "mi"));
        assertThat(Language.of(hawaiian).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Central Alaskan Yup'ik, written for this test: a polysynthetic language, where one word holds a clause, averages
     * over nine letters a word and is still prose in another language, not noise.
     */
    @org.junit.jupiter.api.Test
    void aLanguageOfLongWordsIsAnotherLanguage() {
        String yupik = "Wiinga calilartua nunamteni naulluuvigmi, ernerpak yungcarat tekitellriit ciuniurluki, kalikat-llu "
                + "aulukluki, qanercuun-llu kiuluku. Naulluuvigmek kalikanek qanercuutkun tuyulallruukut, yungcarat "
                + "tekitellerkaatnek neq'akcetaarluki. Erenret iliitni nalaqellruanka kalikat ak'allaulrianun "
                + "qanercuutet naaqutaitnun ayalriit, taumek-llu yungcarat amlleret tekitellrunritut, "
                + "tekitellerkameggnek nalluluteng. Tua-i-llu yuvrillruanka yungcarat atrit naaqutait-llu. Yungcarat "
                + "tamalkuita qanercuutkun tuqlurluki pingayuni erenrni, nutaranek naaqutaitnek aptellruanka. Ilait "
                + "nutaranek qanercuutengqellruut, ilait naaqutmeggnek cimillruut, ilait-llu allanun enenun agqullruut. "
                + "Ak'allaulriit naaqutet nutaranun cimirluki, kalikamun igarluki, tamalkuita assircallruanka. Tamatum "
                + "kinguani malrugni iralugni naulluuvigmi yungcaraq atauciq-llu kingurtellrunrituq, tamarmeng-llu "
                + "tekitellruut tekitellerkameggni. Cakneq quyallruunga, yungcarat-llu cali quyallruut, "
                + "naulluuvigmi-llu calilriit quyavikellruatnga.";
        assertThat(Language.of(yupik).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Catalan has no profile and shares most function words with Spanish and French: it is refused as another
     * language without being called Spanish, while the same story in Spanish is named. Both written for this test.
     */
    @org.junit.jupiter.api.Test
    void aLanguageIsNamedOnlyWhenItsFunctionWordsClearlyLead() {
        String catalan = "Treballava com a encarregat del magatzem d'una cooperativa agrícola a Lleida. Un dilluns vaig "
                + "veure que les comandes de fruita sortien amb dos dies de retard, perquè el camió de la tarda marxava "
                + "mig buit i ningú no ho havia mirat. Vaig parlar amb el transportista, vaig canviar l'horari de "
                + "càrrega i vaig fer una llista per a cada torn. En un mes, totes les comandes sortien el mateix dia i "
                + "els clients ja no trucaven per queixar-se.";
        String spanish = "El año pasado trabajaba como jefe de turno en un almacén de Sevilla. Un lunes vi que los "
                + "pedidos salían con dos días de retraso, porque el camión de la tarde se iba medio vacío y nadie lo "
                + "había mirado. Hablé con el transportista, cambié el horario de carga y preparé una lista para cada "
                + "turno. En un mes, todos los pedidos salían el mismo día y los clientes ya no llamaban para quejarse.";
        assertThat(Language.of(catalan)).isEqualTo(new Language.Verdict(Language.Kind.OTHER_LANGUAGE, null));
        assertThat(Language.of(spanish)).isEqualTo(new Language.Verdict(Language.Kind.OTHER_LANGUAGE, "es"));
    }

    /**
     * Accents typed as separate combining marks (as some keyboards and PDFs produce) belong to their letters: the same
     * stories, decomposed, read as before.
     */
    @org.junit.jupiter.api.Test
    void accentsTypedAsCombiningMarksDoNotChangeTheVerdict() {
        String decomposed = java.text.Normalizer.normalize(LATVIAN, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(LATVIAN);
        assertThat(Language.of(decomposed)).isEqualTo(Language.of(LATVIAN));
    }

    /**
     * Ga, written for this test, spells its open vowels ɛ and ɔ: they are vowels, so its words read as a language's
     * and the answer is refused as another language instead of graded as noise.
     */
    @org.junit.jupiter.api.Test
    void wordsSpelledWithOpenVowelsReadAsALanguage() {
        String ga = "Atsɛɔ mi Akweley, ni mihɔɔ yɛlɛ kɛ abele yɛ Makola jaanɔ. Mitsu nitsumɔ nɛɛ afii nyɔŋma. Afi ni ho "
                + "lɛ, mina naagba ko yɛ wɔ jaanɔ lɛ. Tsũ ni wɔhɔɔ wɔ nibii yɛ mli lɛ, enɔ lɛ yɛ bui babaoo. Be fɛɛ be "
                + "ni nugbɔ baa lɛ, nu lɛ shwieɔ wɔ nibii lɛ anɔ, ni yɛlɛ kɛ abele lɛ fiteɔ. Yei komɛi ashika fite, ni "
                + "amɛfo. Mijwɛŋ sane nɛɛ he gbii babaoo. Kɛkɛ mitee jaanɔ onukpa lɛ ŋɔɔ ni migbala sane lɛ mitsɔɔ lɛ. "
                + "Lɛ hu ekɛɛ akɛ ele, shi shika bɛ ni akɛ aatsi bui lɛ. No hewɔ lɛ, mitsɛ yei fɛɛ ni hɔɔ nii yɛ jɛmɛ "
                + "lɛ ni wɔkpe. Wɔ fɛɛ wɔkpɛlɛ nɔ akɛ mɔ fɛɛ mɔ aŋɔ shika bibioo aha daa otsi. Nyɔji etɛ sɛɛ lɛ, wɔna "
                + "shika ni sa. Wɔhala nuu ko ni le tsũ maa, ni ekɛ tsei hei kɛ nibii krokomɛi ba ni etsi bui lɛ fɛɛ. "
                + "Agbɛnɛ, kɛ nugbɔ ba po lɛ, wɔ nibii lɛ fiteee dɔŋŋ. Yei lɛ anaa miishɛɛ, ni amɛkɛɛ mi oyiwaladonn. "
                + "Wɔkpeɔ daa nyɔɔŋ koni wɔsusu wɔ jaanɔ lɛ he. Mikase akɛ kɛ wɔkɛ wɔhe wo ekome mli lɛ, wɔbaanyɛ wɔtsu "
                + "nii babaoo.";
        assertThat(Language.of(ga).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Kabyle writes one-consonant particles ("n" of, "d" and/is, "s" with) as words of their own, a fifth of this
     * text, and leaves the schwa unwritten: its words of two letters or more still carry vowels, so it reads as a
     * language. The story is the opening of a Customer Obsession answer from wave t11 (spent), written blind.
     */
    @org.junit.jupiter.api.Test
    void oneConsonantParticlesDoNotMakeProseReadAsNoise() {
        String kabyle = "Deg useggas n 2022, xedmeɣ deg yiwet n tkebbanit n internet d tilifun deg Tizi Wezzu. Nekk d amasay "
                + "n lbiru n yimsaɣen deg Uzeffun. Lmudir ameqqran yebɣa ad nɛeddi akk imsaɣen ɣer usnas n tilifun, "
                + "akken ad xellṣen tafaturt-nsen s yiman-nsen, syin ad nmdel lbiru send taggara n useggas. I "
                + "tkebbanit, aya ad yessenqes ssuma. Maca yal ass walaɣ imɣaren d tilawin seg tuddar n Yakouren d "
                + "Iflissen ttasen-d ɣer lbiru s tfaturt deg ufus. Ruḥeɣ s yiman-iw ɣer kraḍ n tuddar deg ssebt, qqimeɣ "
                + "d 23 n yimsaɣen deg yexxamen-nsen, sqsaɣ-ten acu i sen-iweɛren. Walaɣ s wallen-iw: asnas yella kan s "
                + "tefransist d taɛrabt, aṭas deg-sen ur sɛin ara tilifun n tura, wiyiḍ sɛan-t maca ur ssinen ara awal "
                + "uffir.";
        assertThat(Language.of(kabyle).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Tachelhit writes its vowels only where they are heard: a tenth of this text's words of two letters or more have
     * none ("lxdmt", "qbln", "wḍnt"), and keyboard mash has far fewer vowels than that. The story is the end of a
     * Deliver Results answer from wave t21 (spent), written blind.
     */
    @org.junit.jupiter.api.Test
    void berberWordsWithoutVowelsDoNotMakeProseReadAsNoise() {
        String tachelhit = "ur tt ttxddamnt. Nfka asnt lflus n ttrisinti d 10% zɣ lxdmt. Wis sin: bḍiɣ tiwtmin ɣ snat tgrawin: "
                + "tagrawt tamzwarut tskar ɣ uzal ɣ Tarudant, tiss snat ɣ yiḍ ɣ Ayt Baha. Nkki ddiɣ d tagrawt n yiḍ "
                + "kullu ussan. Wis kraḍ: sawlɣ d tšarikt zɣ lwqt, ur qqimɣ ar ass n tgira. Nniɣ asn: \"Rad awn nazn "
                + "1000 ɣ 20 nunbir, d 500 lli d iqqimn ɣ 30 nunbir.\" Qbln. 1000 wḍnt ɣ 19 nunbir, yan wass ɣ uzwar. "
                + "500 lli d iqqimn wḍnt ɣ 28 nunbir. Ur tlli yat tqrɛit ihrrsn. Tašrikt tuzn aɣ yat tsutlt yaḍnin n "
                + "3000 i usggʷas ad, ar asn nttazn kraygat ayyur.";
        assertThat(Language.of(tachelhit).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Temne writes its noun-class prefixes joined by a hyphen ("ʌ-vaksin", "ʌŋ-kin", "ɔ-bana"); read part by part, the
     * prefix "ʌ" alone is a fifth of the words and the commonest ten words more than the share prose reaches. The
     * story is a Deliver Results answer from wave t22 (spent), written blind.
     */
    @org.junit.jupiter.api.Test
    void hyphenatedPrefixesDoNotMakeProseReadAsRepeatedTokens() {
        String temne = "Ro 2021, i yi ɔ-bana ka ʌ-vaksin ro Port Loko. Sɛ ba ka sɔŋ ʌ-wath 10,000 "
                + "ʌ-vaksin ro ʌŋ wik ʌŋ-kin, ro ʌ-kilinik 14. "
                + "Ro ʌŋ de ʌ-tɔŋ, ʌŋ lɔri ʌ-vaksin ʌŋ pɔŋ ro ʌŋ pa ro Kambia. Ʌ-vaksin ʌ ba ka "
                + "yi ro ʌŋ kul. Ɔ-dɔkta ɔ fɔ kɛ sɛ tɛr ka ʌŋ lɔri ʌŋ-fi, ro ʌ-de 5. "
                + "I yema-ye ka tɛr. I kɔ ro Lunsar, i kɔthɔ ʌ-ɔkada 9 nɔ ʌ-kul bɔks 20. I gbəli "
                + "ʌ-kilinik ʌ-kin ʌ-kin ro ʌ-pepa, nɔ ɔ-ɔkada ɔ-kin ɔ-kin ɔ kɔ ro ʌ-kilinik "
                + "ʌ-ɔrɛ. I yɔ ʌŋ fon ro ʌ-nɔs ro ʌ-kilinik, i fɔ ŋa: «Aŋ-ɔkada ŋa der ro "
                + "ʌ-tɔbaŋ.» Ro ʌŋ de ʌ-mʌsas, i kɔ nɔ ʌ-ɔkada ro ʌ-kilinik ʌ-pɔŋ ro ʌŋ pa. "
                + "Ro ʌŋ de ʌ-ru, ʌ-kilinik 14 ʌ ba ʌ-vaksin. Ro ʌŋ wik ʌŋ poŋ, ʌ-wath 9,760 ʌ "
                + "gbap ʌ-vaksin, ʌ-vaksin ʌ-kin ʌ bɔnɛ-ye. Ʌŋ lɔri ʌŋ-fi ʌŋ der ro ʌ-de 6. "
                + "Ɔ-bana ka ʌ-vaksin ɔ fɔ mi: «Mu yɔ beki.»";
        assertThat(Language.of(temne).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Garo writes a middle dot inside its words ("ka·a" work, "ong·e" be), as Catalan does in "col·legi": read as a
     * symbol, it makes prose look like code, and splitting at it makes "a" the commonest word. Between two letters it
     * is part of the word; a dot between words is still a symbol. The story is the opening of an Earth's Best Employer
     * answer from wave t29 (spent), written blind.
     */
    @org.junit.jupiter.api.Test
    void aMiddleDotInsideWordsIsPartOfTheWord() {
        String garo = "Anga Tura Civil Hospital-o nurse ong·e kam ka·a. 2022 bilsio chinga ward-o nurse gital sak-sa "
                + "re·baaha, uni bimung Rina. Ua walo shift-o kam ka·aha. Jajong gni ja·mano ua namen duk man·aha: uni "
                + "ama namen sa·enga, ua salo amako nikna re·anga, aro walo hospital-o kam ka·a. Ua tusi man·jaaha. Sal "
                + "sa anga uko duty room-o grapenga nikaha. Anga ua baksa katta aganaha, aro maiko dakna nanga ine "
                + "sing·aha. Ua aganaha, ua walo tusi man·jaode salo amako nikna man·ja.";
        // forty-eight different made-up words with a dot between each two: every test of prose holds but the symbols
        java.util.List<String> tokens = new java.util.ArrayList<>();
        for (String a : new String[] {"ba", "ko", "mi", "tu", "se", "ra"}) {
            for (String b : new String[] {"lo", "ne", "ka", "si", "du", "po", "te", "ma"}) {
                tokens.add(a + b);
            }
        }
        String dotted = String.join(" · ", tokens);
        assertThat(Language.of(garo).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
        assertThat(Language.of(dotted).kind()).isEqualTo(Language.Kind.NOT_LANGUAGE);
        assertThat(Language.of(String.join(" ", tokens)).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * The African reference alphabet writes the central vowel as the turned e ǝ, a character of its own beside the
     * IPA's schwa ə: read as no vowel, a Tamasheq text's "ǝd", "wǝr" and "tǝɣrǝmt" made a sixth of its words look
     * like keyboard mash, and the answer was graded 1.0 instead of refused. The opening of an Invent and Simplify
     * answer from wave t39 (spent), written blind: its first paragraph.
     */
    @org.junit.jupiter.api.Test
    void theTurnedEIsAVowel() {
        String tamasheq = "Dăɣ awatay 2022, ǝššǝɣlaɣ dăɣ anu n tǝɣrǝmt n Tin-Essako, dăɣ Kidal. Tǝdoden ǝd ǝratăn "
                + "ǝbdǝdnăt dăɣ anu saɛatăn kăraḍ ašǝl kul, fǝl as aytedan kul ǝgmăyăn aman dăɣ saɛat iyyǝt. Ǝmǝnokal "
                + "n tǝɣrǝmt inna-yi ad nǝsǝɣ anu wăyyǝḍ, mišan azrǝf wǝr t-nǝla.";
        assertThat(Language.of(tamasheq).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Scripts encoded past the first 65,536 characters (Adlam, Chakma, Osage) are letters too: read one UTF-16 unit at a
     * time, their letters are surrogates and a whole answer reads as no letters at all. A Fula answer's opening ("I was
     * the shift lead of a big warehouse. One day three trucks came early..."), written here in Adlam.
     */
    @org.junit.jupiter.api.Test
    void lettersOfScriptsPastTheBasicPlaneAreLetters() {
        String fulaInAdlam = "𞤥𞤭 𞤱𞤮𞤲𞤲𞤮𞤮 𞤸𞤮𞤮𞤪𞤫𞤫𞤶𞤮 𞤺𞤮𞤤𞤤𞤫 𞤫 𞤲𞤣𞤫𞤪 𞤥𞤢𞤺𞤢𞤧𞤭𞤲 𞤥𞤢𞤱𞤯𞤮. "
                + "𞤻𞤢𞤤𞤲𞤣𞤫 𞤱𞤮𞤮𞤼𞤫𞤪𞤫, 𞤳𞤢𞤥𞤭𞤴𞤮𞤲𞤢𞤢𞤶𞤭 𞤼𞤢𞤼𞤭 𞤢𞤪𞤣𞤭𞤭 𞤳𞤮 𞤢𞤣𞤭𞤭 𞤱𞤢𞤳𞤼𞤵. "
                + "𞤥𞤭 𞤲𞤮𞤣𞤣𞤭 𞤴𞤭𞤥𞤩𞤫 𞤢𞤥, 𞤥𞤭 𞤬𞤫𞤷𞤷𞤭𞤭 𞤺𞤮𞤤𞤤𞤫 𞤯𞤫𞤫. "
                + "𞤲𞤣𞤫 𞤶𞤫𞤥𞤥𞤢 𞤸𞤫𞤱𞤼𞤭, 𞤳𞤢𞤤𞤢 𞤳𞤮 𞤢𞤪𞤲𞤮𞤮 𞤳𞤮 𞤧𞤫𞤲𞤲𞤣𞤢𞤢. ";
        assertThat(Language.of(fulaInAdlam).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Walloon writes its elided words with an apostrophe for the dropped vowel ("dj'" I, "s'" itself, "d'" of, "k'"
     * that), fourteen of its 93 words. The story is the opening of a Bias for Action answer from wave t12 (spent),
     * written blind.
     */
    @org.junit.jupiter.api.Test
    void elidedWordsDoNotMakeProseReadAsNoise() {
        String walloon = "Dj' esteu tchef boldjî dins ene boledjreye a Nameur, avou cénk ovrîs. On semdi di novimbe, a "
                + "cwate eures å matin, li grand for s' a arestêye tot d' on côp. Dj' a houkî li tecnicyin: i n' poleut "
                + "vini k' li londi. Dji n' aveu nén d' ôte for assez grand. Dj' aveu des comandes po troes restorants "
                + "et po l' martchî do semdi, cåzu cwate cints pwins. Li patron esteut e condjî e Espagne; dj' l' a "
                + "houkî deus côps, i n' a nén respondou. Dj' a tuzé a deus tchoes.";
        assertThat(Language.of(walloon).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Fon, like the other Gbe languages, is written syllable by syllable: its words average about 2.5 letters, fewer
     * than most prose. The story is the opening of a Success and Scale answer from wave t15 (spent),
     * written blind.
     */
    @org.junit.jupiter.api.Test
    void proseOfShortSyllableWordsIsAnotherLanguageNotNoise() {
        String fon = "Xwè atɔ̀n ɖíe ɔ, un nɔ wà azɔ̌ ɖò dotóxwé ɖé mɛ ɖò Kútɔ̀nú. Nyɛ wɛ nɔ kpé nukún dó wɛn ɖěe dotóxwé ɔ "
                + "nɔ sɛ́ dó azɔ̀njiɖotɔ́ lɛ ɖò alɔkan jí é wú. Wɛn ɔ lɛ nɔ flín azǎn ɖěe mɛ ɔ ɖó goxo xá dotó ɔ é nú "
                + "ɛ. Amɔ̌, wɛn ɔ lɛ nɔ xlɛ́ nyikɔ azɔ̀n ɔ tɔn lɛ́, ɖi \"SIDA\" alǒ \"sukàlì azɔ̀n\". Sɛ́n ma gbɛ́ ɛ ǎ, bɔ "
                + "mɛ bǐ ɖɔ ɖɔ nǔ ɔ ɖò ganjí. Azǎn ɖokpo ɔ, nyɔ̌nu ɖé wá gɔ̌n ce bo ɖɔ nú mi ɖɔ asú tɔn mɔ̌ wɛn ɔ ɖò "
                + "alɔkan tɔn jí, bɔ xó ɔ gblé ɖò xwé yětɔn.";
        assertThat(Language.of(fon).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    @org.junit.jupiter.api.Test
    void longPlaceholderTextIsStillNotLanguageAndARecipeOrAStackTraceIsNotRefusedAsAnotherLanguage() {
        String lorem = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut "
                + "labore et dolore magna aliqua. ").repeat(4);
        String trace = ("Exception in thread \"main\" java.lang.IllegalStateException: queue closed\n"
                + "\tat com.shop.orders.Dispatcher.submit(Dispatcher.java:88)\n"
                + "\tat com.shop.orders.Worker.run(Worker.java:41)\n").repeat(4);
        assertThat(Language.of(lorem).kind()).isEqualTo(Language.Kind.NOT_LANGUAGE);
        assertThat(Language.of(trace).kind()).isNotEqualTo(Language.Kind.OTHER_LANGUAGE);
        String recipe = "Weeknight Chickpea Curry (serves 4)\n2 tbsp vegetable oil\n1 large onion, chopped\n"
                + "4 cloves garlic, minced\n1 thumb ginger, grated\n2 tsp curry powder\n1 tsp ground turmeric\n"
                + "2 cans chickpeas, drained\n1 can coconut milk\n1 can chopped tomatoes\nhandful spinach\n"
                + "Fry onion 8 min. Add garlic, ginger, spices 1 min. Add chickpeas, coconut milk, tomatoes. "
                + "Simmer 20 min. Stir in spinach. Season with salt and lime. Serve with rice or flatbread.";
        assertThat(Language.of(recipe).kind()).isNotEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    /**
     * Two or three sentences in a language without a profile are enough to tell prose from noise, and in a short text
     * the commonest words are few: ten of its thirty words are most of it however varied they are. A Hidatsa answer
     * of 24 words from wave t37 (spent, written blind), and a Cheyenne one from t28 (spent) that quotes in guillemets,
     * which are prose punctuation, not symbols.
     */
    @org.junit.jupiter.api.Test
    void aShortAnswerInALanguageWithoutAProfileIsAnotherLanguageNotNoise() {
        String hidatsa = "Awáxi maaruawaac, mirí aruwáhkaa. Awaagarúxi naagiráac, ihtía aháhc. Mií \"héeriwaac\" wahéec. "
                + "Awaagarúxi mirí aruwáhkaa maagurúxac, maagurúxac, ihtía maaruawaac. Awáxi ruhpáa éewaac, mirí "
                + "dáxiaa cagíc.";
        String cheyenne = "Háahe. Náhotse'ohe ka'ėškóneho. Mahpe návóohta: mahpe éhávėséve. Hetaneo'o éheveo'o: «Mahpe "
                + "épėhéva'e.» Náheve: «Hová'āháne. Mahpe éhávėséve. Ka'ėškóneho émaneo'o mahpe.» Nėhē'še náhestanoma "
                + "mahpe naa návóohta: éhávėséve. Nėhē'še hetaneo'o náheve: «Mahpe éhávėséve.» Hetaneo'o éhoéstóneo'o "
                + "mahpe. Naa mahpe épėhéva'e. Ka'ėškóneho 40 émaneo'o mahpe tsépėhéva'e naa épėhévetanoo'o. "
                + "Néá'ešemeno.";
        // as many words, one of them over and over: not prose
        String repeated = String.join(" ", java.util.Collections.nCopies(24, "test"));

        assertThat(Language.of(hidatsa).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
        assertThat(Language.of(cheyenne).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
        assertThat(Language.of(repeated).kind()).isEqualTo(Language.Kind.NOT_LANGUAGE);
    }

    /** An equals sign between letters joins a clitic to its word (Meskwaki "e·h=ineniti"); between words it is code. */
    @org.junit.jupiter.api.Test
    void anEqualsSignInsideAWordIsPartOfTheWord() {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        for (String a : new String[] {"ba", "ko", "mi", "tu", "se", "ra"}) {
            for (String b : new String[] {"lo", "ne", "ka", "si", "du", "po", "te", "ma"}) {
                tokens.add(a + b);
            }
        }
        java.util.List<String> joined = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i += 2) {
            joined.add(tokens.get(i) + "=" + tokens.get(i + 1));
        }

        assertThat(Language.of(String.join(" ", joined)).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
        assertThat(Language.of(String.join(" = ", tokens)).kind()).isEqualTo(Language.Kind.NOT_LANGUAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I noticed that the orders were late, so I went to the warehouse and changed the process with the team.",
        "Me and my team lead we was doing the migration, and I find that the database have many duplicate rows."})
    void englishIsEnglishHoweverItIsWritten(String text) {
        assertThat(Language.of(text).kind()).isEqualTo(Language.Kind.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdkjh qwpoeiru zmxncb alskdj qpwoei", "🙂🙂🙂 👍", "12345 67890", "idk",
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore "
            + "magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip."})
    void noiseIsNotLanguage(String text) {
        assertThat(Language.of(text).kind()).isEqualTo(Language.Kind.NOT_LANGUAGE);
    }
}
