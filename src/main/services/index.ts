import { BackupService } from './backups/backup-service';
import { FilesService } from './files/files-service';
import { GitExportService } from './git';
import { RecentService } from './recent/recent-service';
import { SettingsService } from './settings/settings-service';
import { TemplateService } from './templates/template-service';

export { BackupService, FilesService, RecentService, SettingsService, TemplateService };

/** Where the services keep and find things. */
export interface ServiceOptions {
  /** The data folder: settings, recent files, backups. */
  dataDir: string;
  /** resources/templates. */
  templatesDir: string;
  /** Relative paths from the UI resolve here; the picker starts here. */
  workingDirectory: string;
}

/** The main-process services both hosts (Electron, serve) use; plain Node, no Electron. */
export interface Services {
  options: ServiceOptions;
  files: FilesService;
  recent: RecentService;
  backups: BackupService;
  settings: SettingsService;
  templates: TemplateService;
  /** Export to git (src/main/services/git). */
  git: GitExportService;
}

/** Creates the services over one data folder. */
export function createServices(options: ServiceOptions): Services {
  return {
    options,
    files: new FilesService(options.workingDirectory),
    recent: new RecentService(options.dataDir),
    backups: new BackupService(options.dataDir),
    settings: new SettingsService(options.dataDir),
    templates: new TemplateService(options.templatesDir),
    git: new GitExportService({ dataDir: options.dataDir }),
  };
}
