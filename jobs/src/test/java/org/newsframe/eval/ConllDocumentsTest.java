package org.newsframe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllDocumentsTest {

    @TempDir
    Path tmp;

    static final String CONLL = String.join("\n",
            "-DOCSTART- -X- -X- O", "",
            "Ann NNP I-NP I-PER", "Lee NNP I-NP I-PER", "met VBD I-VP O", "Bo NNP I-NP I-PER", "in IN I-PP O",
            "Kabul NNP I-NP I-LOC", ". . O O", "",
            "UNHCR NNP I-NP I-ORG", "said VBD I-VP O", ". . O O", "",
            "-DOCSTART- -X- -X- O", "",
            "German JJ I-NP I-MISC", "troops NNS I-NP O", "left VBD I-VP O", ". . O O", "");

    @Test
    void documentsSentencesAndEntitySpans() throws IOException {
        Path f = tmp.resolve("t.conll");
        Files.writeString(f, CONLL);
        List<ConllDocuments.Document> docs = ConllDocuments.read(f);
        assertEquals(2, docs.size());
        ConllDocuments.Document d = docs.get(0);
        assertEquals("Ann Lee met Bo in Kabul .\nUNHCR said .", d.text());
        assertEquals(2, d.sentences());
        assertEquals(List.of(new ConllDocuments.Entity(0, 7, "PER"), new ConllDocuments.Entity(12, 14, "PER"),
                new ConllDocuments.Entity(18, 23, "LOC"), new ConllDocuments.Entity(26, 31, "ORG")), d.entities());
        assertEquals(List.of(new ConllDocuments.Entity(0, 6, "MISC")), docs.get(1).entities());
    }
}
