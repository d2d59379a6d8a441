// Types of the virtual modules our integrations provide to pages (see src/integrations/).
declare module 'virtual:hph/og-settings' {
  export const settings: import('./social/settings.ts').OgSettings;
}
