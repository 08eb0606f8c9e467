package org.oretrace.app.persistence;

import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.ValidationMode;
import jakarta.persistence.spi.ClassTransformer;
import jakarta.persistence.spi.PersistenceUnitInfo;
import jakarta.persistence.spi.PersistenceUnitTransactionType;

import javax.sql.DataSource;
import java.net.URL;
import java.util.List;
import java.util.Properties;

/** A persistence unit made in code from a list of classes: for checking every module's entities at once. */
record ScannedUnit(String name, List<String> classes, DataSource dataSource) implements PersistenceUnitInfo {

    public String getPersistenceUnitName() { return name; }
    public String getPersistenceProviderClassName() { return "org.eclipse.persistence.jpa.PersistenceProvider"; }
    public PersistenceUnitTransactionType getTransactionType() { return PersistenceUnitTransactionType.RESOURCE_LOCAL; }
    public DataSource getJtaDataSource() { return null; }
    public DataSource getNonJtaDataSource() { return dataSource; }
    public List<String> getMappingFileNames() { return List.of(); }
    public List<URL> getJarFileUrls() { return List.of(); }
    public URL getPersistenceUnitRootUrl() { return ScannedUnit.class.getProtectionDomain().getCodeSource().getLocation(); }
    public List<String> getManagedClassNames() { return classes; }
    public boolean excludeUnlistedClasses() { return true; }
    public SharedCacheMode getSharedCacheMode() { return SharedCacheMode.NONE; }
    public ValidationMode getValidationMode() { return ValidationMode.NONE; }
    public Properties getProperties() { return new Properties(); }
    public String getPersistenceXMLSchemaVersion() { return "3.0"; }
    public ClassLoader getClassLoader() { return ScannedUnit.class.getClassLoader(); }
    public void addTransformer(ClassTransformer transformer) { }
    public ClassLoader getNewTempClassLoader() { return ScannedUnit.class.getClassLoader(); }
}
