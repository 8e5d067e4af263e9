// The build-time flags of src/lib/modes/offline.ts; unset outside the offline build.
interface ImportMetaEnv {
  readonly VITE_OFFLINE?: string;
}
