package com.carerounds.config;

import com.carerounds.elder.VisitWeekdays;
import com.carerounds.privacy.EncryptedText;
import com.carerounds.privacy.FieldCipher;
import com.carerounds.team.SkillSet;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;

/** Value types that Spring Data JDBC stores in a single column. */
@Configuration(proxyBeanMethods = false)
public class JdbcConfiguration extends AbstractJdbcConfiguration {

    private final FieldCipher cipher;

    public JdbcConfiguration(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * Unquoted identifiers, so each database applies its own letter case (H2 upper, PostgreSQL lower)
     * to the names in the migrations and in the mapping alike.
     */
    @Override
    public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy,
                                                 JdbcCustomConversions customConversions,
                                                 RelationalManagedTypes jdbcManagedTypes) {
        JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
        context.setForceQuote(false);
        return context;
    }

    @Override
    protected List<?> userConverters() {
        return List.of(new SkillSetWriter(), new SkillSetReader(), new VisitWeekdaysWriter(), new VisitWeekdaysReader(),
                new EncryptedTextWriter(cipher), new EncryptedTextReader(cipher));
    }

    /** Personal data is encrypted on its way to the column, so no table or backup holds it in clear. */
    @WritingConverter
    record EncryptedTextWriter(FieldCipher cipher) implements Converter<EncryptedText, String> {
        @Override
        public String convert(EncryptedText source) {
            return cipher.encrypt(source.clear());
        }
    }

    @ReadingConverter
    record EncryptedTextReader(FieldCipher cipher) implements Converter<String, EncryptedText> {
        @Override
        public EncryptedText convert(String source) {
            return new EncryptedText(cipher.decrypt(source));
        }
    }

    @WritingConverter
    static final class SkillSetWriter implements Converter<SkillSet, String> {
        @Override
        public String convert(SkillSet source) {
            return source.format();
        }
    }

    @ReadingConverter
    static final class SkillSetReader implements Converter<String, SkillSet> {
        @Override
        public SkillSet convert(String source) {
            return SkillSet.parse(source);
        }
    }

    @WritingConverter
    static final class VisitWeekdaysWriter implements Converter<VisitWeekdays, String> {
        @Override
        public String convert(VisitWeekdays source) {
            return source.format();
        }
    }

    @ReadingConverter
    static final class VisitWeekdaysReader implements Converter<String, VisitWeekdays> {
        @Override
        public VisitWeekdays convert(String source) {
            return VisitWeekdays.parse(source);
        }
    }
}
