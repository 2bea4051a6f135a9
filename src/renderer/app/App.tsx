import { Group, Panel, Separator } from 'react-resizable-panels';
import { Toolbar } from './Toolbar';
import { StatusBar } from './StatusBar';
import { useStartup } from './useStartup';
import { useViewMode } from './viewMode';
import { StatesBrowser } from '../features/palette/StatesBrowser';
import { Canvas } from '../features/canvas/Canvas';
import { CodeEditor } from '../features/code/CodeEditor';
import { Inspector } from '../features/inspector/Inspector';
import { ProblemsPanel } from '../features/problems/ProblemsPanel';
import { FilePicker } from '../features/files/FilePicker';
import { FileBanners } from '../features/files/FileBanners';

/** The designer window: toolbar, states browser, canvas and code, inspector, problems. */
export function App() {
  useStartup();
  const mode = useViewMode((s) => s.mode);
  return (
    <div className="app">
      <Toolbar />
      <FileBanners />
      <Group orientation="horizontal" className="workspace" id="workspace">
        <Panel id="states" defaultSize="200px" minSize="150px" maxSize="360px">
          <section role="region" aria-label="States" className="region">
            <StatesBrowser />
          </section>
        </Panel>
        <Separator className="separator vertical" />
        <Panel id="center" minSize="30">
          <Group orientation="vertical" id="center-group">
            <Panel id="views" minSize="30">
              <Group orientation="horizontal" id="views-group">
                {mode !== 'code' && (
                  <Panel id="canvas" minSize="20">
                    <section role="region" aria-label="Canvas" className="region">
                      <Canvas />
                    </section>
                  </Panel>
                )}
                {mode === 'split' && <Separator className="separator vertical" />}
                {mode !== 'design' && (
                  <Panel id="code" minSize="20" defaultSize={mode === 'split' ? '42' : undefined}>
                    <section role="region" aria-label="Code" className="region">
                      <CodeEditor />
                    </section>
                  </Panel>
                )}
              </Group>
            </Panel>
            <Separator className="separator horizontal" />
            <Panel id="problems" defaultSize="150px" minSize="60px" collapsible>
              <section role="region" aria-label="Problems" className="region">
                <ProblemsPanel />
              </section>
            </Panel>
          </Group>
        </Panel>
        <Separator className="separator vertical" />
        <Panel id="inspector" defaultSize="260px" minSize="180px" maxSize="520px">
          <section role="region" aria-label="Inspector" className="region">
            <Inspector />
          </section>
        </Panel>
      </Group>
      <StatusBar />
      <FilePicker />
    </div>
  );
}
