package io.highbar.scoring.engine.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "En mi último trabajo noté que los pedidos se perdían y decidí revisar el proceso con el equipo de almacén.",
        "Ich habe gemerkt, dass die Rechnungen zu spät kamen, und ich habe den Prozess mit dem Team geändert.",
        "J'ai remarqué que les commandes arrivaient en retard et j'ai proposé un nouveau processus à l'équipe.",
        "Saya melihat bahwa laporan itu tidak akurat dan saya memperbaiki proses untuk tim kami.",
        "我注意到订单经常延迟，所以我和仓库团队一起改了流程。",
        "Заметил, что заказы задерживаются, и предложил команде новый процесс."})
    void anAnswerInAnotherLanguageIsOtherLanguage(String text) {
        assertThat(Language.of(text).kind()).isEqualTo(Language.Kind.OTHER_LANGUAGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I noticed that the orders were late, so I went to the warehouse and changed the process with the team.",
        "Me and my team lead we was doing the migration, and I find that the database have many duplicate rows."})
    void englishIsEnglishHoweverItIsWritten(String text) {
        assertThat(Language.of(text).kind()).isEqualTo(Language.Kind.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdkjh qwpoeiru zmxncb alskdj qpwoei", "🙂🙂🙂 👍", "12345 67890", "idk"})
    void noiseIsNotLanguage(String text) {
        assertThat(Language.of(text).kind()).isEqualTo(Language.Kind.NOT_LANGUAGE);
    }
}
